#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes the three damaged SQLite stores of the bad-input corpus (tst_badinput) from one
# good store made by sqlite3 from ../seed_small.sql plus 500 generated events. Run it
# from this folder; the outputs are committed, so tests need neither Python nor this script.
import os, random, sqlite3, subprocess

good = 'good.tmp.db'
if os.path.exists(good):
    os.remove(good)
sql = 'PRAGMA page_size=1024;\n' + open('../seed_small.sql').read() + '''
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO events SELECT 'g-' || i, 'Counted', 1, 'counter-' || (i % 20), 'Counter', 100 + i, '{"i":' || i || '}',
  '2024-02-01T00:00:00Z', 'user-1', NULL, NULL FROM n;
'''
subprocess.run(['sqlite3', good], input=sql.encode(), check=True)
data = open(good, 'rb').read()
os.remove(good)

# Cut in the middle of the events table's pages: the header still claims the full size.
open('truncated.db', 'wb').write(data[: len(data) // 2 + 300])
# Page size (header bytes 16-17, big-endian) 1000: not a power of two, so not a database.
wrong = bytearray(data)
wrong[16:18] = (1000).to_bytes(2, 'big')
open('wrong_page_size.db', 'wb').write(bytes(wrong))
# A valid 100-byte header (page size, page count) followed by random bytes.
rng = random.Random(11)
open('random_after_header.db', 'wb').write(data[:100] + bytes(rng.getrandbits(8) for _ in range(len(data) - 100)))
