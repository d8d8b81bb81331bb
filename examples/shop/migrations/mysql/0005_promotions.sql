-- Discount codes, optionally tied to one product, valid from starts_at until ends_at
-- (open-ended when ends_at is null).
CREATE TABLE promotions (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32) NOT NULL,
    product_id  BIGINT NULL,
    percent_off INT NOT NULL,
    starts_at   DATETIME NOT NULL,
    ends_at     DATETIME NULL,
    PRIMARY KEY (id),
    CONSTRAINT promotions_code_key UNIQUE (code),
    INDEX promotions_product_id_idx (product_id),
    CONSTRAINT promotions_product_id_fkey FOREIGN KEY (product_id)
        REFERENCES products (id) ON DELETE SET NULL,
    CONSTRAINT promotions_percent_off_check CHECK (percent_off BETWEEN 1 AND 90),
    CONSTRAINT promotions_period_check CHECK (ends_at > starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
