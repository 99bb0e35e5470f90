"""Loads Chronicle exports in the tools users load them in and prints a JSON summary.

Used by the Swift tests (Formats/ConsumerFormatTests.swift, chronicleCLITests/ConsumerTests.swift):
  consumers.py graph gexf|graphml|cytoscape PATH [KIND PATH]...
                                                  -> per file, one line: networkx graph class, node/edge counts, names
  consumers.py tsv PATH                           -> Python's csv reader (tab, QUOTE_NONE): rows, column counts, cells
  consumers.py png PATH                           -> size, distinct colours, share of non-background pixels
Exit status 3 when networkx is missing (the tests skip).
"""
import json
import struct
import sys
import zlib


def graph(kind, path):
    try:
        import networkx as nx
    except ImportError:
        sys.exit(3)
    if kind == "gexf":
        g = nx.read_gexf(path, version="1.3")
    elif kind == "graphml":
        g = nx.read_graphml(path)
    elif kind == "cytoscape":
        with open(path, encoding="utf-8") as f:
            g = nx.cytoscape_graph(json.load(f))
    else:
        raise SystemExit("unknown graph kind " + kind)
    names = {}
    for node, data in g.nodes(data=True):
        names[str(node)] = data.get("label", data.get("name"))
    edges = []
    for u, v, data in g.edges(data=True):
        edges.append({"source": str(u), "target": str(v), "category": data.get("category"),
                      "count": data.get("count", data.get("weight")), "start": data.get("start"),
                      "end": data.get("end")})
    print(json.dumps({"class": type(g).__name__, "nodes": g.number_of_nodes(),
                      "edges": g.number_of_edges(), "names": names, "edge_list": edges}))


def tsv(path):
    import csv
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    print(json.dumps({"rows": len(rows), "widths": sorted({len(r) for r in rows}), "cells": rows}))


def png(path):
    """A tiny PNG decoder (8-bit grey, RGB, RGBA; no interlace) using only zlib and struct."""
    with open(path, "rb") as f:
        raw = f.read()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(raw):
        length, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour in (0, 2, 4, 6), "unsupported PNG %r" % (header,)
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    data = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    counts = {}
    i = 0
    for _ in range(height):
        filt = data[i]
        line = bytearray(data[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if filt == 1:
                line[x] = (line[x] + a) & 255
            elif filt == 2:
                line[x] = (line[x] + b) & 255
            elif filt == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp * 4):  # every 4th pixel is enough
            px = bytes(line[x:x + bpp])
            counts[px] = counts.get(px, 0) + 1
        prev = line
    total = sum(counts.values())
    background = max(counts.values())
    print(json.dumps({"width": width, "height": height, "colors": len(counts),
                      "foreground": round(1 - background / total, 4)}))


if __name__ == "__main__":
    if sys.argv[1] == "graph":
        for i in range(2, len(sys.argv) - 1, 2):
            graph(sys.argv[i], sys.argv[i + 1])
    elif sys.argv[1] == "tsv":
        tsv(sys.argv[2])
    elif sys.argv[1] == "png":
        png(sys.argv[2])
    else:
        raise SystemExit("usage: consumers.py graph KIND PATH... | tsv PATH | png PATH")
