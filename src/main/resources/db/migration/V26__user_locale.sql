-- Projection: each user's own language (UserLocaleChosen entries), rebuilt from the ledger by
-- replay. A user without a row reads the site's language (site.locale in the plant file).
CREATE TABLE user_locale (
  name        VARCHAR(100) NOT NULL PRIMARY KEY,
  locale      VARCHAR(16)  NOT NULL,
  chosen_seq  BIGINT       NOT NULL
);
