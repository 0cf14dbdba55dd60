#!/usr/bin/env python3
"""Makes the deflate and ZIP fixtures of the archive tests with Python's
zlib and zipfile (run from this folder; the tests need only the files)."""
import zipfile, zlib, struct

text = open("../../../../corpus/todwick.txt", "rb").read()
open("plain.txt", "wb").write(text)

def raw(level, strategy, data):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()

open("stored.deflate", "wb").write(raw(0, zlib.Z_DEFAULT_STRATEGY, text))
open("fixed.deflate", "wb").write(raw(9, zlib.Z_FIXED, text))
open("dynamic.deflate", "wb").write(raw(9, zlib.Z_DEFAULT_STRATEGY, text))
# Long runs: matches that overlap the bytes they copy, and distances far back.
runs = b"a" * 5000 + bytes(range(256)) * 300 + b"ab" * 4000
open("runs.txt", "wb").write(runs)
open("runs.deflate", "wb").write(raw(9, zlib.Z_DEFAULT_STRATEGY, runs))
# Several blocks of each kind in one stream (full flushes between them).
c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY)
mixed = c.compress(text[:3000]) + c.flush(zlib.Z_FULL_FLUSH)
mixed += c.compress(text[3000:6000]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(text[6000:]) + c.flush()
open("mixed.deflate", "wb").write(mixed)

with zipfile.ZipFile("two-entries.zip", "w") as z:
    z.writestr(zipfile.ZipInfo("stored.txt"), b"kept as it is\n", compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("folder/deflated.txt"), text, compress_type=zipfile.ZIP_DEFLATED)

# A bomb: 50 MB of zeros that deflate to about 50 kB.
with zipfile.ZipFile("bomb.zip", "w") as z:
    z.writestr(zipfile.ZipInfo("zeros.txt"), b"\0" * (50 << 20), compress_type=zipfile.ZIP_DEFLATED)

# The encryption flag set on every entry (the data is not really encrypted).
data = bytearray(open("two-entries.zip", "rb").read())
i = 0
while True:
    i = data.find(b"PK\x01\x02", i)
    if i < 0: break
    data[i + 8] |= 1
    i += 4
i = 0
while True:
    i = data.find(b"PK\x03\x04", i)
    if i < 0: break
    data[i + 6] |= 1
    i += 4
open("encrypted.zip", "wb").write(bytes(data))

# A CRC that does not match.
data = bytearray(open("two-entries.zip", "rb").read())
i = data.find(b"PK\x01\x02")
data[i + 16] ^= 0xFF
open("bad-crc.zip", "wb").write(bytes(data))
