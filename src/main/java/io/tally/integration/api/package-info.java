/** The API's published contract: the OpenAPI document's info, security, tags and problems. */
@NullMarked
package io.tally.integration.api;

import org.jspecify.annotations.NullMarked;
