-- Stock per product: what is on the shelf and how much of it open orders hold.
-- The CHECKs are table constraints: MySQL rejects a column CHECK that names another column.
CREATE TABLE inventory (
    product_id BIGINT NOT NULL,
    quantity   INT NOT NULL,
    reserved   INT NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id),
    CONSTRAINT inventory_product_id_fkey FOREIGN KEY (product_id)
        REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT inventory_quantity_check CHECK (quantity >= 0),
    CONSTRAINT inventory_reserved_check CHECK (reserved >= 0 AND reserved <= quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
