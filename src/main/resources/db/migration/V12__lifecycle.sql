-- An authorisation is ACTIVE, SUSPENDED or REVOKED (AuthorisationSuspended, AuthorisationReinstated,
-- AuthorisationRevoked); only an active one admits new shipments and orders.
ALTER TABLE authorisation ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;

-- Rounds dispatched to an order by the shipments linked to it (ShipmentLinkedToOrder); an order
-- is OPEN, FULFILLED (shipped reaches its quantity) or CLOSED (OrderClosed).
ALTER TABLE customer_order ADD COLUMN shipped BIGINT DEFAULT 0 NOT NULL;

-- Which order a dispatched shipment delivered (ShipmentLinkedToOrder); one order per shipment.
CREATE TABLE shipment_order (
  shipment    VARCHAR(64)  NOT NULL PRIMARY KEY,
  order_id    VARCHAR(64)  NOT NULL,
  linked_seq  BIGINT       NOT NULL
);
