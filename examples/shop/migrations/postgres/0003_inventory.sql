-- Stock per product: what is on the shelf and how much of it open orders hold.
CREATE TABLE inventory (
    product_id bigint PRIMARY KEY,
    quantity   integer NOT NULL,
    reserved   integer NOT NULL DEFAULT 0,
    CONSTRAINT inventory_product_id_fkey FOREIGN KEY (product_id)
        REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT inventory_quantity_check CHECK (quantity >= 0),
    CONSTRAINT inventory_reserved_check CHECK (reserved >= 0 AND reserved <= quantity)
);
