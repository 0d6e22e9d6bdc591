#!/usr/bin/env python3
"""Writes the golden wire vectors of seizmon frame format v1, independently of the Java codec.

Run from this folder: python3 make_vectors.py
Uses only the standard library: struct for little-endian fields, a bitwise CRC-32C (Castagnoli, reflected
polynomial 0x82F63B78, init and final xor 0xFFFFFFFF), json for the JSON form. Values are chosen exactly
representable in float32 so the files can be checked by hand. Output files are annotated hex: one field per
line, '#' starts a comment; a reader keeps only the hex digits.
"""
import json
import struct


def crc32c(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF


def frame(encoding, simulated, seq, t0_us, rate_hz, subject, rows, scalings=None):
    """Returns [(bytes, comment)] for one frame; rows are raw values (int16) or µV (float32), one row per sample."""
    channels = len(rows[0])
    sid = subject.encode("utf-8")
    fields = [
        (b"SZEG", "off 0: magic 'SZEG'"),
        (struct.pack("<B", 1), "off 4: version 1"),
        (struct.pack("<B", encoding), "off 5: encoding %d (%s)" % (encoding, "int16" if encoding == 1 else "float32")),
        (struct.pack("<H", 1 if simulated else 0), "off 6: flags (bit 0 simulated = %d)" % (1 if simulated else 0)),
        (struct.pack("<Q", seq), "off 8: sequence %d" % seq),
        (struct.pack("<q", t0_us), "off 16: first-sample time %d us" % t0_us),
        (struct.pack("<d", rate_hz), "off 24: sample rate %r Hz" % rate_hz),
        (struct.pack("<H", channels), "off 32: channel count %d" % channels),
        (struct.pack("<H", len(sid)), "off 34: subject-id length %d" % len(sid)),
        (struct.pack("<I", len(rows)), "off 36: samples per channel %d" % len(rows)),
        (sid, "off 40: subject id '%s'" % subject),
    ]
    offset = 40 + len(sid)
    if encoding == 1:
        for c, (scale, off) in enumerate(scalings):
            comment = "off %d: channel %d scale %r, offset %r uV" % (offset, c, scale, off)
            fields.append((struct.pack("<ff", scale, off), comment))
            offset += 8
    fmt, size = ("<h", 2) if encoding == 1 else ("<f", 4)
    for i, row in enumerate(rows):
        for c, value in enumerate(row):
            fields.append((struct.pack(fmt, value), "off %d: sample %d channel %d = %r" % (offset, i, c, value)))
            offset += size
    body = b"".join(f for f, _ in fields)
    crc = crc32c(body)
    fields.append((struct.pack("<I", crc), "off %d: CRC-32C 0x%08X of bytes 0..%d" % (offset, crc, offset - 1)))
    return fields


def write_hex(name, fields):
    total = sum(len(f) for f, _ in fields)
    with open(name, "w") as out:
        out.write("# %s: %d bytes, written by make_vectors.py\n" % (name, total))
        for data, comment in fields:
            out.write("%-36s # %s\n" % (" ".join("%02x" % b for b in data), comment))


FLOAT_ROWS = [[1.5, -2.25], [0.0, 100.0], [-0.5, 12.125]]
write_hex("float32-2ch.hex", frame(2, False, 42, 1700000000000000, 250.0, "cage-07", FLOAT_ROWS))

INT16_ROWS = [[2, -4], [-32768, 32767]]
write_hex("int16-2ch.hex", frame(1, True, 7, 1700000000004000, 1000.0, "rat-1", INT16_ROWS,
                                 scalings=[(0.5, 0.0), (0.25, -10.0)]))

with open("float32-2ch.json", "w") as out:
    out.write(json.dumps({"v": 1, "subject": "cage-07", "simulated": False, "seq": 42, "t0_us": 1700000000000000,
                          "rate_hz": 250.0, "channels": 2, "samples": FLOAT_ROWS}, separators=(",", ":")))
    out.write("\n")
