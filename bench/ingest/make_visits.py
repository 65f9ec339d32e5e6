#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a visits CSV of N rows for bench_parse: make_visits.py N OUT.csv"""
import sys

OUTCOMES = ["not_home", "no_interest", "already_customer", "contract_lock_in", "callback", "quote", "sale"]


def main() -> None:
    n, out = int(sys.argv[1]), sys.argv[2]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number,house_number_addition\n")
        for i in range(n):
            day, hour, minute = 1 + (i // 40000) % 28, 9 + (i // 100) % 12, i % 60
            f.write(f"V{i:09d},2026-11-{day:02d} {hour:02d}:{minute:02d}:00,R{(i * 7) % 200:03d},"
                    f"UTR-{(i * 13) % 50:02d},{OUTCOMES[i % 7]},d2d,{3500 + i % 400}AB,{1 + i % 250},"
                    f"{'A' if i % 10 == 0 else ''}\n")


if __name__ == "__main__":
    main()
