#!/usr/bin/env python3
"""Writes schema pairs for SchemaPairDump / compare-pairs.sh: corpus schemas and mutated copies
(columns dropped, made required, retyped, indexes added, uniques dropped, a new related model),
in both directions. Usage: make-mutation-pairs.py CORPUS_SCHEMAS_DIR OUT_DIR"""
import os
import random
import re
import sys

random.seed(7)
base, outdir = sys.argv[1], sys.argv[2]
sources = {'inbox': 'elie222__inbox-zero.prisma', 'langfuse': 'langfuse__langfuse.prisma',
           'typebot': 'baptisteArno__typebot.io.prisma', 'papermark': 'mfts__papermark/_combined.prisma',
           'teable': 'teableio__teable__sqlite.prisma', 'hopp': 'hoppscotch__hoppscotch.prisma',
           'rallly': 'lukevella__rallly/_combined.prisma'}


def clean(text):
    # Prisma 7 takes URLs from prisma.config.ts and knows no "metrics" preview feature
    text = '\n'.join(l for l in text.split('\n') if not re.match(r'^\s*(url|directUrl|shadowDatabaseUrl)\s*=', l))
    return re.sub(r'(previewFeatures.*), *"metrics"', r'\1', text)


def models(text):
    return [(m.start(), m.end(), m.group(1)) for m in re.finditer(r'(?ms)^model (\w+) \{.*?^\}', text)]


def limited(pattern, replace, limit, chance):
    def apply(text):
        count = [0]

        def r(m):
            if count[0] < limit and random.random() < chance:
                count[0] += 1
                return replace(m)
            return m.group(0)
        return re.sub(pattern, r, text)
    return apply


def drop_optional(text):
    out, dropped = [], 0
    for line in text.split('\n'):
        if re.match(r'^\s+(\w+)\s+(String|Int|Boolean|DateTime|Float)\?\s*$', line) and dropped < 6 \
                and random.random() < 0.3:
            dropped += 1
            continue
        out.append(line)
    return '\n'.join(out)


def add_index(text):
    out = text
    for s, e, name in reversed(models(text)[:15]):
        block = out[s:e]
        fields = re.findall(r'(?m)^\s+(\w+)\s+(String|Int|DateTime)\??\s', block)
        if fields and random.random() < 0.5:
            field = random.choice(fields)[0]
            out = out[:s] + block[:-1] + '  @@index([%s], map: "mut_%s_%s_idx")\n}' % (field, name, field) + out[e:]
    return out


def new_model(text):
    s, e, name = models(text)[0]
    idm = re.search(r'(?m)^\s+(\w+)\s+(String|Int)\s+@id', text[s:e])
    if not idm:
        return text
    text = text[:s] + text[s:e][:-1] + '  mutNotes MutNote[]\n}' + text[e:]
    return text + ('\nmodel MutNote {\n  id Int @id @default(autoincrement())\n  text String\n  ownerId %s\n'
                   '  owner %s @relation(fields: [ownerId], references: [%s], onDelete: Cascade)\n\n'
                   '  @@index([ownerId])\n}\n') % (idm.group(2), name, idm.group(1))


mutations = [
    ('drop-optional', drop_optional),
    ('make-required', limited(r'(?m)(^\s+\w+\s+)(String|Int|Boolean|DateTime)\? ',
                              lambda m: m.group(1) + m.group(2) + ' ', 5, 0.3)),
    ('add-index', add_index),
    ('drop-unique', limited(r'(?m)(^\s+\w+\s+String\??[^\n@]*?)\s*@unique(?=\s*$)', lambda m: m.group(1), 4, 0.5)),
    ('int-to-bigint', limited(r'(?m)(^\s+\w+\s+)Int(\??\s*(@default\(\d+\))?\s*$)',
                              lambda m: m.group(1) + 'BigInt' + m.group(2), 4, 0.4)),
    ('string-to-int', limited(r'(?m)(^\s+\w+\s+)String(\?\s*$)', lambda m: m.group(1) + 'Int' + m.group(2), 3, 0.3)),
    ('new-model', new_model),
]

count = 0
for key, file in sources.items():
    original = clean(open(os.path.join(base, file)).read())
    for name, mutate in mutations:
        mutated = mutate(original)
        if mutated == original:
            continue
        for direction, (a, b) in (('fwd', (original, mutated)), ('back', (mutated, original))):
            d = os.path.join(outdir, '%s-%s-%s' % (key, name, direction))
            os.makedirs(d, exist_ok=True)
            open(os.path.join(d, 'from.prisma'), 'w').write(a)
            open(os.path.join(d, 'to.prisma'), 'w').write(b)
            count += 1
print(count, 'pairs')
