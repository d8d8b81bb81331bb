-- The catalogue: a category tree and the products in it.
CREATE TABLE categories (
    id        BIGINT NOT NULL AUTO_INCREMENT,
    name      VARCHAR(100) NOT NULL,
    parent_id BIGINT NULL,
    PRIMARY KEY (id),
    CONSTRAINT categories_name_key UNIQUE (name),
    INDEX categories_parent_id_idx (parent_id),
    CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id)
        REFERENCES categories (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    category_id BIGINT NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    price       DECIMAL(10,2) NOT NULL,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT products_sku_key UNIQUE (sku),
    -- Serves the foreign key and "products of a category, cheapest first".
    INDEX products_category_id_idx (category_id),
    -- Serves price range searches.
    INDEX products_price_idx (price),
    CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id)
        REFERENCES categories (id),
    CONSTRAINT products_price_check CHECK (price > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
