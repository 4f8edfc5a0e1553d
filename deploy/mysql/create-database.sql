-- An empty database for Hearth; Hearth's Flyway migrations create the schema on first start.
CREATE DATABASE IF NOT EXISTS hearth CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'hearth'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON hearth.* TO 'hearth'@'%';
