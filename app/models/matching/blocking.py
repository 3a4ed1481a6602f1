"""Blocking: which pairs get scored at all, so a scan stays near-linear in the number of records.

Every record gets several keys; two records become a candidate pair when they share one. Keys:

* each phone (national digits), email, messenger id, the ID number's blind index, the company's
  unified social credit code — exact-identifier keys;
* the name without order ("zhang|san" for 张三, 張三, "Zhang San" and "San Zhang");
* the family name plus the first two letters of the given name, and the given name plus the first
  letter of the family name (a typo in one part still shares the other key); for a Chinese name
  the family name plus each given-name character (with its position) instead of the letters;
* each nickname family of a western given name plus the family name (Bill / William Smith);
* the full birthday (year-less birthdays with the family name);
* the address, and the postal code plus the first two letters of the family name.

A block larger than `MAX_BLOCK` (a shared office switchboard, a common name with a common birthday)
is not compared all-against-all: its records are sorted by name and each is compared with the next
`WINDOW` ones (sorted neighbourhood), which bounds the work per record.

No single container grows with the whole data set: blocks are kept in one dict per key kind and
the pairs already yielded in one set per `SEEN_SPAN` first positions. Resizing one dict or set of
a million entries is a single C call that holds the GIL for tens of milliseconds, and a scan runs
beside the GUI thread (issue #7: no GUI stall longer than 50 ms).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from app.models.matching.normalize import Prepared

__all__ = ["MAX_BLOCK", "SEEN_SPAN", "WINDOW", "block_keys", "candidate_pairs"]

MAX_BLOCK = 20
WINDOW = 8
SEEN_SPAN = 1024  # first positions per set of pairs already yielded


def block_keys(p: Prepared) -> set[str]:
    """The blocking keys of one record (prefixed by kind, so kinds never collide)."""
    keys = {"p" + k for k in p.phones}
    keys.update("e" + k for k in p.emails)
    keys.update("w" + k for k in p.wechat)
    if p.record.id_key:
        keys.add("i" + p.record.id_key)
    if p.uscc:
        keys.add("u" + p.uscc)
    family, given = p.family, p.given
    if family and given:
        keys.add("n" + "|".join(sorted((family, given))))
        if p.han_given:
            # Chinese: characters are more specific than pinyin letters ("zhang|xi" would hold
            # 张晓, 张霞, 张喜 …); a typo changes one character, so one key per given-name character.
            family_han = p.han[: len(p.han) - len(p.han_given)]
            if len(p.han_given) > 1:
                keys.update("f" + family_han + str(k) + c for k, c in enumerate(p.han_given))
            keys.add("g" + p.han_given + "|" + family[:1])
        else:
            keys.add("f" + family + "|" + given[:2])
            keys.add("g" + given + "|" + family[:1])
        if len(p.nick) > 1:
            keys.update("k" + nick + "|" + family for nick in p.nick)
    elif p.full:
        keys.add("n" + p.full)
    if p.birthday:
        keys.add("b" + p.birthday if len(p.birthday) == 10 else "b" + p.birthday + "|" + family)
    if p.address:
        keys.add("a" + p.address)
    if p.postal and family:
        keys.add("z" + p.postal + "|" + family[:2])
    return keys


def candidate_pairs(prepared: Sequence[Prepared]) -> Iterator[tuple[int, int]]:
    """Candidate pairs as (i, j) positions into `prepared`, i < j, each pair once."""
    blocks: dict[str, dict[str, list[int]]] = {}  # key kind -> key -> positions
    for i, p in enumerate(prepared):
        for key in block_keys(p):
            kind = blocks.get(key[0])
            if kind is None:
                kind = blocks[key[0]] = {}
            members = kind.get(key)
            if members is None:
                kind[key] = [i]
            else:
                members.append(i)
    n = len(prepared)
    seen: list[set[int]] = [set() for _ in range(n // SEEN_SPAN + 1)]  # by i // SEEN_SPAN
    try:
        while blocks:  # each block is dropped once done: freeing them all at the end would stall
            kind = blocks.popitem()[1]
            while kind:
                members = kind.popitem()[1]
                size = len(members)
                if size < 2:
                    continue
                if size > MAX_BLOCK:
                    members = sorted(members, key=lambda i: (prepared[i].full, i))
                    window = WINDOW
                else:
                    window = size
                for x in range(size):
                    i = members[x]
                    for y in range(x + 1, min(size, x + 1 + window)):
                        j = members[y]
                        a, b = (i, j) if i < j else (j, i)
                        code = a * n + b
                        done = seen[a // SEEN_SPAN]
                        if code not in done:
                            done.add(code)
                            yield a, b
    finally:  # also when the scan is cancelled half-way
        _drop(blocks)
        while seen:
            seen.pop()


def _drop(blocks: dict[str, dict[str, list[int]]]) -> None:
    """Empty the blocks one by one (freeing all at once would stall other threads)."""
    while blocks:
        kind = blocks.popitem()[1]
        for _ in range(len(kind)):
            kind.popitem()
