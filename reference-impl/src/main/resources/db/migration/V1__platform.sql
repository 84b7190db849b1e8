-- One schema for H2 and PostgreSQL. Tables are grouped by the model container that owns them.

-- PostgreSQL (Users): userService
CREATE TABLE users (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254) NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);

-- PostgreSQL (Events): eventService
CREATE TABLE events (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    capacity     INT          NOT NULL,
    participants INT          NOT NULL,
    created_by   VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);

-- PostgreSQL (Registration): regService, with its replicas of the users and events it may accept
CREATE TABLE registrations (
    id         VARCHAR(36) PRIMARY KEY,
    event_id   VARCHAR(36) NOT NULL,
    user_id    VARCHAR(36) NOT NULL,
    status     VARCHAR(20) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    updated_at TIMESTAMP   NOT NULL,
    CONSTRAINT registrations_once UNIQUE (event_id, user_id)
);
CREATE TABLE registration_known_users (user_id VARCHAR(36) PRIMARY KEY);
CREATE TABLE registration_known_events (event_id VARCHAR(36) PRIMARY KEY);

-- Kafka Cluster / Kafka Broker: the transactional outbox and its per-consumer deliveries
CREATE TABLE outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type         VARCHAR(50)   NOT NULL,
    message_key  VARCHAR(36)   NOT NULL,
    payload      VARCHAR(4000) NOT NULL,
    trace_parent VARCHAR(100),
    published_at TIMESTAMP     NOT NULL
);
CREATE TABLE deliveries (
    message_id      BIGINT        NOT NULL REFERENCES outbox (id),
    consumer        VARCHAR(50)   NOT NULL,
    partition_no    INT           NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(1000),
    PRIMARY KEY (message_id, consumer)
);
CREATE INDEX deliveries_due ON deliveries (status, partition_no, next_attempt_at);
-- A consumer's record of the messages it has applied: written in the consumer's own transaction, so a message
-- delivered twice is applied once.
CREATE TABLE processed_events (
    consumer     VARCHAR(50) NOT NULL,
    message_id   BIGINT      NOT NULL,
    processed_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (consumer, message_id)
);

-- MongoDB (Audit): auditService
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id  BIGINT        NOT NULL,
    type        VARCHAR(50)   NOT NULL,
    message_key VARCHAR(36)   NOT NULL,
    payload     VARCHAR(4000) NOT NULL,
    recorded_at TIMESTAMP     NOT NULL
);
CREATE INDEX audit_log_by_type ON audit_log (type, message_key);
CREATE TABLE dead_letters (
    message_id  BIGINT        NOT NULL,
    consumer    VARCHAR(50)   NOT NULL,
    type        VARCHAR(50)   NOT NULL,
    message_key VARCHAR(36)   NOT NULL,
    attempts    INT           NOT NULL,
    error       VARCHAR(1000) NOT NULL,
    dead_at     TIMESTAMP     NOT NULL,
    replayed_at TIMESTAMP,
    PRIMARY KEY (message_id, consumer)
);

-- Notification Service: every email it sent or, without SMTP, recorded
CREATE TABLE notifications (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id BIGINT        NOT NULL,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    transport  VARCHAR(10)   NOT NULL,
    sent_at    TIMESTAMP     NOT NULL
);

-- Event Database / Snapshot Database: the event-sourced participation of each event
CREATE TABLE es_events (
    aggregate_id VARCHAR(36)   NOT NULL,
    version      INT           NOT NULL,
    type         VARCHAR(50)   NOT NULL,
    payload      VARCHAR(1000) NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (aggregate_id, version)
);
CREATE TABLE es_snapshots (
    aggregate_id VARCHAR(36)   NOT NULL,
    version      INT           NOT NULL,
    state        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (aggregate_id, version)
);

-- Read Model Database
CREATE TABLE read_event_participation (
    event_id     VARCHAR(36) PRIMARY KEY,
    capacity     INT         NOT NULL,
    participants INT         NOT NULL,
    version      INT         NOT NULL
);
