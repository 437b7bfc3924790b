-- Written by tests/fixtures/emmett-sqlite/make-fixture.mjs with @event-driven-io/emmett-sqlite 0.38.5.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE emt_streams(
      stream_id         TEXT                      NOT NULL,
      stream_position   BIGINT                    NOT NULL DEFAULT 0,
      partition         TEXT                      NOT NULL DEFAULT 'global',
      stream_type       TEXT                      NOT NULL,
      stream_metadata   JSONB                     NOT NULL,
      is_archived       BOOLEAN                   NOT NULL DEFAULT FALSE,
      PRIMARY KEY (stream_id, partition, is_archived),
      UNIQUE (stream_id, partition, is_archived)
  );
INSERT INTO emt_streams VALUES('bank_account-1',3,'[object Object]','bank_account','[]',0);
INSERT INTO emt_streams VALUES('shopping_cart-7',3,'[object Object]','shopping_cart','[]',0);
INSERT INTO emt_streams VALUES('bank_account-2',1,'[object Object]','bank_account','[]',0);
CREATE TABLE emt_messages(
      stream_id              TEXT                      NOT NULL,
      stream_position        BIGINT                    NOT NULL,
      partition              TEXT                      NOT NULL DEFAULT 'global',
      message_kind           CHAR(1)                   NOT NULL DEFAULT 'E',
      message_data           JSONB                     NOT NULL,
      message_metadata       JSONB                     NOT NULL,
      message_schema_version TEXT                      NOT NULL,
      message_type           TEXT                      NOT NULL,
      message_id             TEXT                      NOT NULL,
      is_archived            BOOLEAN                   NOT NULL DEFAULT FALSE,
      global_position        INTEGER                   PRIMARY KEY,
      created                DATETIME                  DEFAULT CURRENT_TIMESTAMP,
      UNIQUE (stream_id, stream_position, partition, is_archived)
  );
INSERT INTO emt_messages VALUES('bank_account-1',1,'emt:default','E','{"owner":"Ada","currency":"EUR"}','{"streamName":"bank_account-1","messageId":"1af3871b-a047-4b6c-b8df-df5dab505fea","streamPosition":"1","correlationId":"c-1","causationId":"cmd-1"}','0','AccountOpened','1af3871b-a047-4b6c-b8df-df5dab505fea',0,1,'2026-12-03 14:59:12');
INSERT INTO emt_messages VALUES('bank_account-1',2,'emt:default','E','{"amount":100}','{"streamName":"bank_account-1","messageId":"458252f8-6121-45fe-a196-1f31dbc2d39c","streamPosition":"2","correlationId":"c-1","causationId":"cmd-1"}','0','MoneyDeposited','458252f8-6121-45fe-a196-1f31dbc2d39c',0,2,'2026-12-03 14:59:12');
INSERT INTO emt_messages VALUES('shopping_cart-7',1,'emt:default','E','{"sku":"tea","quantity":2}','{"streamName":"shopping_cart-7","messageId":"107b8533-7569-4542-9103-2c59e8c31d9c","streamPosition":"1","correlationId":"c-2","causationId":"cmd-2"}','0','ProductItemAdded','107b8533-7569-4542-9103-2c59e8c31d9c',0,3,'2026-12-03 14:59:13');
INSERT INTO emt_messages VALUES('bank_account-1',3,'emt:default','E','{"amount":30.5}','{"streamName":"bank_account-1","messageId":"443cd6ca-36ce-4b3c-b036-275c74c93d37","streamPosition":"1","correlationId":"c-3","causationId":"cmd-3"}','2','MoneyWithdrawn','443cd6ca-36ce-4b3c-b036-275c74c93d37',0,4,'2026-12-03 14:59:15');
INSERT INTO emt_messages VALUES('shopping_cart-7',2,'emt:default','E','{"sku":"cups","quantity":6}','{"streamName":"shopping_cart-7","messageId":"deeab134-2353-4bdf-afbb-46c993b8d899","streamPosition":"1","correlationId":"c-2","causationId":"cmd-4"}','1','ProductItemAdded','deeab134-2353-4bdf-afbb-46c993b8d899',0,5,'2026-12-03 14:59:16');
INSERT INTO emt_messages VALUES('shopping_cart-7',3,'emt:default','E','{"confirmedAt":"2024-03-01T10:00:00Z"}','{"streamName":"shopping_cart-7","messageId":"f09b5f4e-2228-4350-863b-a45484a4b3c3","streamPosition":"2","correlationId":"c-2","causationId":"cmd-5"}','1','ShoppingCartConfirmed','f09b5f4e-2228-4350-863b-a45484a4b3c3',0,6,'2026-12-03 14:59:16');
INSERT INTO emt_messages VALUES('bank_account-2',1,'emt:default','E','{"owner":"Grace","currency":"USD"}','{"streamName":"bank_account-2","messageId":"c1667e27-7408-4694-890c-2197d8e83ca2","streamPosition":"1","correlationId":"c-4"}','0','AccountOpened','c1667e27-7408-4694-890c-2197d8e83ca2',0,7,'2026-12-03 14:59:17');
CREATE TABLE emt_subscriptions(
      subscription_id                 TEXT                   NOT NULL,
      version                         INTEGER                NOT NULL DEFAULT 1,
      partition                       TEXT                   NOT NULL DEFAULT 'global',
      last_processed_position         BIGINT                NOT NULL,
      PRIMARY KEY (subscription_id, partition, version)
  );
COMMIT;
