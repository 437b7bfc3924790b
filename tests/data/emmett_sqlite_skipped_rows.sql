-- Rows added by hand to the store Emmett wrote (emmett_sqlite_store.sql), of the kinds the emmett
-- mapping skips and Emmett's own readStream() does not return: an archived event, an event in
-- another partition, and a command ('C'), which Emmett keeps in the same table.
INSERT INTO emt_messages VALUES('bank_account-1',4,'emt:default','E','{"amount":1}','{"correlationId":"c-x"}','0','MoneyDeposited','archived-1',1,100,'2030-01-01 00:00:00');
INSERT INTO emt_messages VALUES('bank_account-1',1,'tenant-b','E','{"owner":"Eve"}','{"correlationId":"c-y"}','0','AccountOpened','other-partition-1',0,101,'2030-01-01 00:00:01');
INSERT INTO emt_messages VALUES('bank_account-1',5,'emt:default','C','{"amount":2}','{"correlationId":"c-z"}','0','DepositMoney','command-1',0,102,'2030-01-01 00:00:02');
