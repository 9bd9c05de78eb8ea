#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Authoring tool: rebuild data/edition/agreement.kk.akn.xml and
data/edition/termbase.tbx from ../shared/source/agreement.kk.txt and
../shared/terms/labels.tsv.

It is not part of the build.  It records, as code, every repair made to the
extracted text (the list in ../shared/source/README.md) and every structural
decision, so that the edition can be re-derived and reviewed.

    tools/make-edition.py [--shared ../shared] [--check]

--check rebuilds in memory and fails if the committed files differ.
"""
import argparse
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------
# 1. Repairs of the extraction damage
# --------------------------------------------------------------------------

# Lines whose letters are spaced only in part: the general rule below cannot
# tell a word boundary from a letter gap there, so each is repaired by hand.
PARTIAL_SPACING = {
    "айтарлықтай  прогрест і  а тап  өте  отырып ,":
        "айтарлықтай прогресті атап өте отырып,",
    "мен  әд істерд і  пайдалану  болып табылады.":
        "мен әдістерді пайдалану болып табылады.",
    "қау іпс ізд іг іне  нұқсан  келт ір іп  пайдалану":
        "қауіпсіздігіне нұқсан келтіріп пайдалану",
}

# The two annex citations that the extraction put out of order.
REORDERS = [
    ("(«Халықаралық 1-қосымшада ақпараттық", "1-қосымшада («Халықаралық ақпараттық"),
    ("(«Халықаралық 2-қосымшада ақпараттық", "2-қосымшада («Халықаралық ақпараттық"),
]

# Latin h for Cyrillic һ (U+04BB).
LETTERS = [("жаhандық", "жаһандық"), ("Жаhандық", "Жаһандық")]


def is_letter_spaced(body):
    """True when a line is spaced out letter by letter: almost every token
    between single spaces is one character long."""
    tokens = [t for t in body.split(" ") if t]
    if len(tokens) < 4:
        return False
    single = sum(1 for t in tokens if len(t) == 1)
    return single / len(tokens) >= 0.75


def unspace(body):
    """Join a letter-spaced line: two or more spaces separate words, one space
    separates letters of a word."""
    words = re.split(r" {2,}", body.strip())
    return " ".join(w.replace(" ", "") for w in words if w)


def repair_line(line):
    body = line.rstrip()
    stripped = body.strip()
    if stripped in PARTIAL_SPACING:
        return PARTIAL_SPACING[stripped]
    if is_letter_spaced(stripped):
        return unspace(stripped)
    return re.sub(r"\s+", " ", stripped)


def tidy(text):
    """Whitespace and punctuation of a joined paragraph."""
    text = re.sub(r"\s+", " ", text).strip()
    # stray spaces before closing punctuation
    text = re.sub(r" +([,.;:)»])", r"\1", text)
    # a space pushed in front of the hyphen of a compound: "іс -қимыл"
    text = re.sub(r"(\w) -(\w)", r"\1-\2", text)
    # "2 ." / "5 )" : a point number split from its punctuation (after unspacing)
    text = re.sub(r"^(\d+) ([.)])", r"\1\2", text)
    for a, b in REORDERS + LETTERS:
        text = text.replace(a, b)
    return text


# Unindented source lines that begin a block of their own (all other
# unindented lines continue the paragraph above them, across page breaks):
# the annex labels, the annex titles and the publisher's line.  Article
# numbers and the heading line after them are recognised by pattern.
BLOCK_START_LINES = {1, 281, 288, 330, 337, 437}


def logical_lines(source):
    """The source as logical paragraphs: [(first line number, text)].
    An indented line starts a paragraph; hard line breaks and page-break
    blank lines inside a paragraph are joined."""
    out = []
    after_article_number = False
    for n, raw in enumerate(source.split("\n"), 1):
        if not raw.strip():
            continue
        text = repair_line(raw)
        starts = (raw.startswith("      ") or n in BLOCK_START_LINES
                  or re.fullmatch(r"\d+-бап", text) or after_article_number)
        after_article_number = bool(re.fullmatch(r"\d+-бап", text))
        if starts or not out:
            out.append([n, text])
            continue
        last = out[-1][1]
        if text[:1] in ",.;:)»" or (last.endswith("-") and not last.endswith(" -")):
            out[-1][1] = last + text
        else:
            out[-1][1] = last + " " + text
    return [(n, tidy(t)) for n, t in out]


# --------------------------------------------------------------------------
# 2. Labels and term matching
# --------------------------------------------------------------------------

def read_labels(shared):
    rows = []
    with open(shared / "terms/labels.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return rows


# Spellings of the original that stay as published (source/README.md) and
# are marked <inline name="sic">.
SIC = ["органдардары", "ақпарттық", "инфрақұрлымға"]

# Variant spellings a term pattern must accept: the original's own typos.
WORD_VARIANTS = {
    "ақпараттық": ["ақпараттық", "ақпарттық"],
    "инфрақұрылым": ["инфрақұрылым", "инфрақұрлым"],
}

# Kazakh stem-final consonants that voice before a vowel-initial suffix.
ALTERNATION = {"к": "[кг]", "қ": "[қғ]", "п": "[пб]"}


def word_pattern(word, last):
    forms = WORD_VARIANTS.get(word, [word])
    alts = []
    for form in forms:
        if last and form[-1] in ALTERNATION:
            body = re.escape(form[:-1]) + ALTERNATION[form[-1]]
        else:
            body = re.escape(form)
        # the first letter may be upper case (sentence start, headings)
        body = "[" + form[0] + form[0].upper() + "]" + body[len(re.escape(form[0])):]
        alts.append(body)
    pat = "(?:" + "|".join(alts) + ")"
    if last:
        pat += r"\w*"
    return pat


def term_regex(label):
    words = label.split(" ")
    parts = [word_pattern(w, i == len(words) - 1) for i, w in enumerate(words)]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def find_terms(text, terms):
    """Term occurrences in text, longest match first, never overlapping:
    [(start, end, term id)]."""
    cands = []
    for t in terms:
        for m in t["regex"].finditer(text):
            cands.append((m.start(), m.end(), t["id"]))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    for c in cands:
        if all(c[1] <= s or c[0] >= e for s, e, _ in taken):
            taken.append(c)
    return sorted(taken)


# --------------------------------------------------------------------------
# 3. Inline markup
# --------------------------------------------------------------------------

class Inline:
    """Plain text with nested inline annotations, rendered as AKN XML."""

    def __init__(self, text):
        self.text = text
        self.spans = []  # (start, end, open tag, close tag)

    def add(self, start, end, open_tag, close_tag):
        self.spans.append((start, end, open_tag, close_tag))

    def mark(self, needle, open_tag, close_tag, required=True, all_=False):
        found = False
        for m in re.finditer(re.escape(needle), self.text):
            self.add(m.start(), m.end(), open_tag, close_tag)
            found = True
            if not all_:
                break
        if required and not found:
            raise SystemExit(f"make-edition: '{needle}' not found in: {self.text}")

    def eol(self, before):
        """A line break (<eol/>) in place of the space before `before`."""
        i = self.text.index(" " + before)
        self.add(i, i + 1, "<eol/>", None)

    def xml(self):
        events = []
        for i, (s, e, o, c) in enumerate(self.spans):
            if c is None:
                continue
            for s2, e2, _, c2 in self.spans:
                if c2 is not None and s < s2 < e < e2:
                    raise SystemExit(f"make-edition: crossing markup in: {self.text}")
        out = []
        # replace marker spans (eol) and wrap others; sort opens by start asc,
        # length desc; closes by end
        opens = sorted((s, -(e - s), i) for i, (s, e, o, c) in enumerate(self.spans))
        stack = []
        pos = 0
        oi = 0
        text = self.text
        skip_until = -1
        while pos <= len(text):
            # close spans ending here
            while stack and self.spans[stack[-1]][1] == pos:
                out.append(self.spans[stack.pop()][3])
            while oi < len(opens) and opens[oi][0] == pos:
                i = opens[oi][2]
                s, e, o, c = self.spans[i]
                out.append(o)
                if c is None:
                    skip_until = e
                else:
                    stack.append(i)
                oi += 1
            if pos == len(text):
                break
            if pos >= skip_until:
                out.append(escape(text[pos]))
            pos += 1
        while stack:
            out.append(self.spans[stack.pop()][3])
        return "".join(out)


# --------------------------------------------------------------------------
# 4. The Akoma Ntoso document
# --------------------------------------------------------------------------

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
KEL_NS = "https://kelisim.github.io/ns/labels/1.0"
WORK = "/akn/int/act/2009-06-16/sco-information-security"
SIGNED = "2009-06-16"
MANIFESTED = "2026-11-25"

GOVERNMENTS = [
    ("governmentKazakhstan", "Қазақстан Республикасының", "kz"),
    ("governmentChina", "Қытай Халық Республикасының", "cn"),
    ("governmentKyrgyzstan", "Қырғыз Республикасының", "kg"),
    ("governmentRussia", "Ресей Федерациясының", "ru"),
    ("governmentTajikistan", "Тәжікстан Республикасының", "tj"),
    ("governmentUzbekistan", "Өзбекстан Республикасының", "uz"),
]

# The six cross-references: (article, paragraph index, text, target eId).
# The rules of the final provisions and the paragraphs that state them: each
# paragraph refers to its concepts (refersTo), and the concepts have Russian
# and Chinese labels, so a reader can ask "how does it enter into force?"
# and be shown the paragraph.  (concept id, kk, ru, zh, eIds)
PROVISIONS = [
    ("entryIntoForce", "Күшіне енуі", "Вступление в силу", "生效", ["art_12__para_1"]),
    ("duration", "Қолданылу мерзімі", "Срок действия", "有效期", ["art_12__para_1"]),
    ("amendment", "Өзгерістер енгізу", "Внесение изменений", "修正", ["art_12__para_2"]),
    ("accession", "Қосылу", "Присоединение", "加入", ["art_12__para_3"]),
    ("withdrawal", "Шығу", "Выход", "退出", ["art_12__para_4"]),
    ("depositary", "Депозитарий", "Депозитарий", "保存机关", ["art_11__para_1", "art_11__para_2"]),
    ("authenticTexts", "Түпнұсқа мәтіндер", "Аутентичные тексты", "作准文本", ["conclusions__p_1"]),
]

# The languages in which the agreement was done, both texts being equally
# authentic, as the closing clause names them: (word, concept id, label).
AUTHENTIC_LANGUAGES = [
    ("орыс", "languageRussian", "rus", "орыс тілі"),
    ("қытай", "languageChinese", "zho", "қытай тілі"),
]


def provision_refs(eid):
    """refersTo="#a #b" for a paragraph that states rules, or "". """
    ids = [pid for pid, _, _, _, eids in PROVISIONS if eid in eids]
    return f' refersTo="{" ".join("#" + i for i in ids)}"' if ids else ""


REFERENCES = [
    (1, 0, "1-қосымшада", "att_1"),
    (1, 1, "1-қосымша", "att_1"),
    (2, 1, "2-қосымшада", "att_2"),
    (2, 2, "2-қосымша", "att_2"),
    (3, 0, "2-бабында", "art_2"),
    (3, 0, "5-бабына", "art_5"),
]


class Builder:
    def __init__(self, shared):
        self.shared = shared
        self.labels = read_labels(shared)
        self.terms = [r for r in self.labels if r["kind"] == "term"]
        self.threats = [r for r in self.labels if r["kind"] == "threat"]
        for t in self.terms:
            t["regex"] = term_regex(t["kk"])
        self.out = []
        self.occurrences = {t["id"]: 0 for t in self.terms}
        self.definitions = {}      # term id -> definition text
        self.threat_text = {}      # threat id -> dict(heading, art2)

    # -- output helpers ---------------------------------------------------
    def w(self, depth, line):
        self.out.append("  " * depth + line)

    def inline(self, text, terms=True, defs=None):
        """Inline markup for one block of text: terms, sic spellings."""
        il = Inline(text)
        if terms:
            for s, e, tid in find_terms(text, self.terms):
                if defs and defs[0] == s:
                    continue
                il.add(s, e, f'<term refersTo="#{tid}">', "</term>")
                self.occurrences[tid] += 1
        for word in SIC:
            for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
                il.add(m.start(), m.end(), '<inline name="sic">', "</inline>")
        return il

    def p(self, depth, il, eid=None, cls=None, refers=""):
        attrs = ""
        if eid:
            attrs += f' eId="{eid}"{refers}'
        if cls:
            attrs += f' class="{cls}"'
        self.w(depth, f"<p{attrs}>{il.xml()}</p>")

    # -- the document -----------------------------------------------------
    def build(self, paragraphs):
        self.paras = list(paragraphs)
        self.pos = 0
        self.w(0, '<?xml version="1.0" encoding="UTF-8"?>')
        self.w(0, f'<akomaNtoso xmlns="{AKN_NS}" xmlns:kel="{KEL_NS}">')
        self.w(1, '<act name="agreement">')
        self.meta(2)
        self.preface(2)
        self.preamble(2)
        self.body(2)
        self.conclusions(2)
        self.attachments(2)
        self.components(2)
        self.w(1, "</act>")
        self.w(0, "</akomaNtoso>")
        if self.pos != len(self.paras):
            raise SystemExit(f"make-edition: unused source paragraphs from line {self.paras[self.pos][0]}")
        return "\n".join(self.out) + "\n"

    def take(self, pattern=None):
        n, text = self.paras[self.pos]
        if pattern and not re.search(pattern, text):
            raise SystemExit(f"make-edition: line {n}: expected /{pattern}/, got: {text[:80]}")
        self.pos += 1
        return text

    def peek(self):
        return self.paras[self.pos][1] if self.pos < len(self.paras) else ""

    def meta(self, d):
        title = next(r for r in self.labels if r["kind"] == "title")
        self.w(d, "<meta>")
        self.w(d + 1, '<identification source="#kelisim">')
        self.w(d + 2, "<FRBRWork>")
        self.w(d + 3, f'<FRBRthis value="{WORK}/!main"/>')
        self.w(d + 3, f'<FRBRuri value="{WORK}"/>')
        self.w(d + 3, f'<FRBRdate date="{SIGNED}" name="signature"/>')
        for gid, _, _ in GOVERNMENTS:
            self.w(d + 3, f'<FRBRauthor href="#{gid}"/>')
        self.w(d + 3, '<FRBRcountry value="int"/>')
        self.w(d + 3, '<FRBRsubtype value="agreement"/>')
        self.w(d + 3, f'<FRBRname value="{escape(title["ru"])}" xml:lang="ru"/>')
        self.w(d + 2, "</FRBRWork>")
        self.w(d + 2, "<FRBRExpression>")
        self.w(d + 3, f'<FRBRthis value="{WORK}/kaz@/!main"/>')
        self.w(d + 3, f'<FRBRuri value="{WORK}/kaz@"/>')
        self.w(d + 3, f'<FRBRdate date="{SIGNED}" name="signature"/>')
        self.w(d + 3, '<FRBRauthor href="#governmentKazakhstan"/>')
        # done in Russian and Chinese only: the Kazakh text is not authentic
        self.w(d + 3, '<FRBRauthoritative value="false"/>')
        self.w(d + 3, '<FRBRlanguage language="kaz"/>')
        self.w(d + 2, "</FRBRExpression>")
        self.w(d + 2, "<FRBRManifestation>")
        self.w(d + 3, f'<FRBRthis value="{WORK}/kaz@/!main.xml"/>')
        self.w(d + 3, f'<FRBRuri value="{WORK}/kaz@.xml"/>')
        self.w(d + 3, f'<FRBRdate date="{MANIFESTED}" name="markup"/>')
        self.w(d + 3, '<FRBRauthor href="#kelisim"/>')
        self.w(d + 3, '<FRBRformat value="application/akn+xml"/>')
        self.w(d + 2, "</FRBRManifestation>")
        self.w(d + 1, "</identification>")
        self.w(d + 1, '<publication date="2012-01-01" name="adilet" showAs="Қазақстан Республикасы Әділет министрлігінің «Қазақстан Республикасының Заңнама және құқықтық ақпарат институты» ШЖҚ РМК"/>')
        self.w(d + 1, '<references source="#kelisim">')
        self.w(d + 2, '<TLCOrganization eId="kelisim" href="/ontology/organization/kelisim" showAs="Kelisim"/>')
        self.w(d + 2, '<TLCOrganization eId="sco" href="/ontology/organization/int.sco" showAs="Шанхай ынтымақтастық ұйымы"/>')
        for gid, name, code in GOVERNMENTS:
            self.w(d + 2, f'<TLCOrganization eId="{gid}" href="/ontology/organization/{code}.government" showAs="{name} Үкіметі"/>')
        self.w(d + 2, '<TLCLocation eId="yekaterinburg" href="/ontology/location/ru.yekaterinburg" showAs="Екатеринбург"/>')
        self.w(d + 2, '<TLCEvent eId="signature" href="/ontology/event/signature" showAs="қол қою"/>')
        self.w(d + 2, '<TLCPerson eId="duisebaev" href="/ontology/person/kz.duisebaev" showAs="Ә. Дүйсебаев"/>')
        self.w(d + 2, '<TLCRole eId="signatory" href="/ontology/role/signatory" showAs="қол қоюшы"/>')
        self.w(d + 2, '<TLCRole eId="certifyingOfficial" href="/ontology/role/kz.nsc.certifyingOfficial" showAs="куәландырушы лауазымды тұлға"/>')
        for t in self.terms:
            self.w(d + 2, f'<TLCTerm eId="{t["id"]}" href="/ontology/term/{t["id"]}" showAs="{escape(t["kk"])}"/>')
        for t in self.threats:
            self.w(d + 2, f'<TLCConcept eId="{t["id"]}" href="/ontology/concept/{t["id"]}" showAs="{escape(t["kk"])}"/>')
        for pid, kk, _, _, _ in PROVISIONS:
            self.w(d + 2, f'<TLCConcept eId="{pid}" href="/ontology/concept/{pid}" showAs="{kk}"/>')
        for _, lid, code, label in AUTHENTIC_LANGUAGES:
            self.w(d + 2, f'<TLCConcept eId="{lid}" href="/ontology/concept/language.{code}" showAs="{label}"/>')
        self.w(d + 1, "</references>")
        # Russian and Chinese labels of the title, articles and annexes; the
        # termbase holds those of the terms and threats.
        targets = {"title": "longTitle", "article": "art_{order}", "annex": "att_{order}"}
        self.w(d + 1, '<proprietary source="#kelisim">')
        self.w(d + 2, "<kel:labels>")
        for r in self.labels:
            if r["kind"] not in targets:
                continue
            eid = targets[r["kind"]].format(order=r["order"])
            for lang in ("ru", "zh"):
                self.w(d + 3, f'<kel:label eId="{eid}" concept="{r["id"]}" xml:lang="{lang}" status="{r[lang + "_status"]}">{escape(r[lang])}</kel:label>')
        for pid, _, ru, zh, _ in PROVISIONS:
            for lang, label in (("ru", ru), ("zh", zh)):
                self.w(d + 3, f'<kel:label eId="{pid}" concept="{pid}" xml:lang="{lang}" status="unchecked">{label}</kel:label>')
        # The word by which the act cites itself, for citations: "(Келісім,
        # 3-бап)", "(Соглашение, статья 3)", "（协定第三条）".  Each is the
        # title label's own word (checked below), so it carries that label's
        # status; the Kazakh one is the official text's.
        for lang, word in (("kk", "Келісім"), ("ru", "Соглашение"), ("zh", "协定")):
            assert word in title[lang], (lang, word)
            status = "official" if lang == "kk" else title[lang + "_status"]
            self.w(d + 3, f'<kel:label eId="docType" concept="{title["id"]}" xml:lang="{lang}" status="{status}">{word}</kel:label>')
        self.w(d + 2, "</kel:labels>")
        self.w(d + 1, "</proprietary>")
        self.w(d, "</meta>")

    def preface(self, d):
        text = self.take(r"КЕЛІСІМ$")
        il = self.inline(text)
        il.eol("КЕЛІСІМ")
        il.mark("КЕЛІСІМ", "<docType>", "</docType>")
        self.w(d, "<preface>")
        self.w(d + 1, '<longTitle eId="longTitle">')
        self.p(d + 2, il)
        self.w(d + 1, "</longTitle>")
        self.w(d, "</preface>")

    def preamble(self, d):
        self.w(d, '<preamble eId="preamble">')
        self.w(d + 1, '<recitals eId="recs">')
        self.w(d + 2, '<intro eId="recs__intro">')
        self.p(d + 3, self.inline(self.take(r"^Бұдан әрі «Тараптар»")))
        self.w(d + 2, "</intro>")
        i = 0
        while self.peek().endswith("отырып,"):
            i += 1
            self.w(d + 2, f'<recital eId="recs__rec_{i}">')
            self.p(d + 3, self.inline(self.take()))
            self.w(d + 2, "</recital>")
        self.w(d + 1, "</recitals>")
        self.w(d + 1, '<formula name="enactingFormula" eId="formula_1">')
        self.p(d + 2, self.inline(self.take(r"^төмендегілер туралы келісті:$")))
        self.w(d + 1, "</formula>")
        self.w(d, "</preamble>")

    def body(self, d):
        self.w(d, "<body>")
        art = 0
        while re.fullmatch(r"\d+-бап", self.peek()):
            art += 1
            self.article(d + 1, art)
        if art != 12:
            raise SystemExit(f"make-edition: {art} articles")
        self.w(d, "</body>")

    def article(self, d, n):
        num = self.take(rf"^{n}-бап$")
        heading = self.take()
        eid = f"art_{n}"
        self.w(d, f'<article eId="{eid}">')
        self.w(d + 1, f"<num>{num}</num>")
        self.w(d + 1, f'<heading eId="{eid}__heading">{self.inline(heading).xml()}</heading>')
        # paragraphs of the article
        paras = []
        while self.peek() and not re.fullmatch(r"\d+-бап", self.peek()) \
                and not self.peek().startswith("2009 жылғы"):
            paras.append(self.take())
        groups = []      # [(num, [texts], [points] or None)]
        i = 0
        while i < len(paras):
            text = paras[i]
            m = re.match(r"^(\d+)\. ", text)
            if text.endswith(":"):
                points = []
                i += 1
                while i < len(paras) and re.match(r"^\d+[.)] ", paras[i]):
                    points.append(paras[i])
                    i += 1
                groups.append((None, [text], points))
                continue
            if m:
                groups.append((m.group(1), [text], None))
            elif groups and groups[-1][0] is not None:
                groups[-1][1].append(text)     # a further subparagraph
            else:
                groups.append((None, [text], None))
            i += 1
        for k, (pnum, texts, points) in enumerate(groups, 1):
            peid = f"{eid}__para_{k}"
            if pnum is not None and int(pnum) != k:
                raise SystemExit(f"make-edition: {peid} is numbered {pnum}")
            self.w(d + 1, f'<paragraph eId="{peid}"{provision_refs(peid)}>')
            if pnum is not None:
                self.w(d + 2, f"<num>{pnum}.</num>")
            ils = []
            for j, text in enumerate(texts):
                if pnum is not None and j == 0:
                    text = text[len(pnum) + 2:]
                il = self.inline(text)
                for an, ak, needle, target in REFERENCES:
                    if an == n and ak == k - 1 and j == 0:
                        il.mark(needle, f'<ref href="#{target}">', "</ref>")
                ils.append(il)
            if points is None:
                self.w(d + 2, "<content>")
                for il in ils:
                    self.p(d + 3, il)
                self.w(d + 2, "</content>")
            else:
                leid = f"{peid}__list_1"
                self.w(d + 2, f'<list eId="{leid}">')
                self.w(d + 3, "<intro>")
                self.p(d + 4, ils[0])
                self.w(d + 3, "</intro>")
                for q, ptext in enumerate(points, 1):
                    m = re.match(r"^(\d+)([.)]) (.*)$", ptext)
                    if int(m.group(1)) != q:
                        raise SystemExit(f"make-edition: {leid} point {q} is numbered {m.group(1)}")
                    refers = ""
                    if n == 2:
                        refers = f' refersTo="#{self.threats[q - 1]["id"]}"'
                        self.threat_text.setdefault(self.threats[q - 1]["id"], {})["art2"] = m.group(3).rstrip(";.")
                    self.w(d + 3, f'<point eId="{leid}__point_{q}"{refers}>')
                    self.w(d + 4, f"<num>{m.group(1)}{m.group(2)}</num>")
                    self.w(d + 4, "<content>")
                    self.p(d + 5, self.inline(m.group(3)))
                    self.w(d + 4, "</content>")
                    self.w(d + 3, "</point>")
                self.w(d + 2, "</list>")
            self.w(d + 1, "</paragraph>")
        self.w(d, "</article>")

    def conclusions(self, d):
        self.w(d, '<conclusions eId="conclusions">')
        il = self.inline(self.take(r"^2009 жылғы 16 маусымда Екатеринбург"))
        il.mark("2009 жылғы 16 маусымда", f'<date date="{SIGNED}" refersTo="#signature">', "</date>")
        il.mark("Екатеринбург", '<location refersTo="#yekaterinburg">', "</location>")
        for word, lid, _, _ in AUTHENTIC_LANGUAGES:
            il.mark(word, f'<inline name="language" refersTo="#{lid}">', "</inline>")
        self.p(d + 1, il, eid="conclusions__p_1", refers=provision_refs("conclusions__p_1"))
        for k, (gid, name, _) in enumerate(GOVERNMENTS, 1):
            self.take("^" + re.escape(name) + "$")
            self.take(r"^Үкіметі үшін$")
            text = f"{name} Үкіметі үшін"
            il = Inline(text)
            il.eol("Үкіметі")
            il.add(0, len(f"{name} Үкіметі"), f'<party refersTo="#{gid}" as="#signatory">', "</party>")
            il.add(0, len(text), "<signature>", "</signature>")
            self.w(d + 1, f'<blockContainer eId="conclusions__signature_{k}" class="signature">')
            self.p(d + 2, il)
            self.w(d + 1, "</blockContainer>")
        self.w(d, "</conclusions>")

    def annex_front(self, d, n, att):
        label = self.take(rf"келісімге {n}-ҚОСЫМША$")
        il = self.inline(label)
        il.mark(f"{n}-ҚОСЫМША", "<docNumber>", "</docNumber>")
        title = self.take(r"ТІЗБЕСІ$")
        til = self.inline(title)
        til.eol("ТІЗБЕСІ")
        self.w(d, "<preface>")
        self.p(d + 1, il, eid=f"{att}__label", cls="annexLabel")
        self.w(d + 1, f'<longTitle eId="{att}__longTitle">')
        self.p(d + 2, til)
        self.w(d + 1, "</longTitle>")
        self.w(d, "</preface>")

    def doc_meta(self, d, name, this):
        self.w(d, "<meta>")
        self.w(d + 1, '<identification source="#kelisim">')
        for level, suffix in (("Work", ""), ("Expression", "/kaz@"), ("Manifestation", "/kaz@")):
            self.w(d + 2, f"<FRBR{level}>")
            base = f"{WORK}{suffix}/!{this}" if level != "Manifestation" else f"{WORK}{suffix}/!{this}.xml"
            self.w(d + 3, f'<FRBRthis value="{base}"/>')
            uri = f"{WORK}{suffix}" + (".xml" if level == "Manifestation" else "")
            self.w(d + 3, f'<FRBRuri value="{uri}"/>')
            date, dname = (MANIFESTED, "markup") if level == "Manifestation" else (SIGNED, "signature")
            self.w(d + 3, f'<FRBRdate date="{date}" name="{dname}"/>')
            author = "#kelisim" if level == "Manifestation" else "#governmentKazakhstan"
            self.w(d + 3, f'<FRBRauthor href="{author}"/>')
            if level == "Work":
                self.w(d + 3, '<FRBRcountry value="int"/>')
                self.w(d + 3, f'<FRBRname value="{name}"/>')
            if level == "Expression":
                self.w(d + 3, '<FRBRlanguage language="kaz"/>')
            self.w(d + 2, f"</FRBR{level}>")
        self.w(d + 1, "</identification>")
        self.w(d, "</meta>")

    def attachments(self, d):
        self.w(d, "<attachments>")
        # Annex 1: the defined terms
        self.w(d + 1, '<attachment eId="att_1">')
        self.w(d + 2, '<doc name="annex">')
        self.doc_meta(d + 3, "annex", "annex_1")
        self.annex_front(d + 3, 1, "att_1")
        self.w(d + 3, "<mainBody>")
        for k, t in enumerate(self.terms, 1):
            text = self.take(r"^«")
            m = re.match(r"^«([^»]+)» - (.*)[;.]$", text)
            if not m or m.group(1).lower() != t["kk"]:
                raise SystemExit(f"make-edition: definition {k} is not «{t['kk']}»: {text[:60]}")
            self.definitions[t["id"]] = m.group(2)
            il = self.inline(text, defs=(1,))
            il.add(1, 1 + len(m.group(1)), f'<def refersTo="#{t["id"]}">', "</def>")
            self.occurrences[t["id"]] += 1
            self.w(d + 4, f'<hcontainer name="definition" eId="att_1__definition_{k}" refersTo="#{t["id"]}">')
            self.w(d + 5, "<content>")
            self.p(d + 6, il)
            self.w(d + 5, "</content>")
            self.w(d + 4, "</hcontainer>")
        self.w(d + 3, "</mainBody>")
        self.w(d + 2, "</doc>")
        self.w(d + 1, "</attachment>")
        # Annex 2: the threats, each with its source and its signs
        self.w(d + 1, '<attachment eId="att_2">')
        self.w(d + 2, '<doc name="annex">')
        self.doc_meta(d + 3, "annex", "annex_2")
        self.annex_front(d + 3, 2, "att_2")
        self.w(d + 3, "<mainBody>")
        for k, t in enumerate(self.threats, 1):
            heading = self.take(rf"^{k}\. ")
            source = self.take()
            signs = self.take(r"^Оның белгілері")
            teid = f"att_2__threat_{k}"
            self.threat_text.setdefault(t["id"], {})["heading"] = heading[len(str(k)) + 2:].rstrip(".")
            self.w(d + 4, f'<hcontainer name="threat" eId="{teid}" refersTo="#{t["id"]}">')
            self.w(d + 5, f"<num>{k}.</num>")
            self.w(d + 5, f'<heading eId="{teid}__heading">{self.inline(heading[len(str(k)) + 2:]).xml()}</heading>')
            self.w(d + 5, f'<hcontainer name="source" eId="{teid}__source">')
            self.w(d + 6, "<content>")
            self.p(d + 7, self.inline(source))
            self.w(d + 6, "</content>")
            self.w(d + 5, "</hcontainer>")
            self.w(d + 5, f'<hcontainer name="signs" eId="{teid}__signs">')
            if signs.endswith(":"):
                self.w(d + 6, "<intro>")
                self.p(d + 7, self.inline(signs))
                self.w(d + 6, "</intro>")
                self.w(d + 6, f'<list eId="{teid}__signs__list_1">')
                q = 0
                while self.peek() and not re.match(r"^\d+\. ", self.peek()):
                    q += 1
                    self.w(d + 7, f'<point eId="{teid}__signs__list_1__point_{q}">')
                    self.w(d + 8, "<content>")
                    self.p(d + 9, self.inline(self.take()))
                    self.w(d + 8, "</content>")
                    self.w(d + 7, "</point>")
                self.w(d + 6, "</list>")
            else:
                self.w(d + 6, "<content>")
                self.p(d + 7, self.inline(signs))
                self.w(d + 6, "</content>")
            self.w(d + 5, "</hcontainer>")
            self.w(d + 4, "</hcontainer>")
        self.w(d + 3, "</mainBody>")
        self.w(d + 2, "</doc>")
        self.w(d + 1, "</attachment>")
        self.w(d, "</attachments>")

    def components(self, d):
        self.w(d, '<components eId="cmpnts">')
        # the certification that the copy is authentic
        self.w(d + 1, '<component eId="cmp_1">')
        self.w(d + 2, '<doc name="certification">')
        self.doc_meta(d + 3, "certification", "certification")
        self.w(d + 3, "<mainBody>")
        il = self.inline(self.take(r"^Екатеринбургте 2009 жылғы 16 маусымда"))
        il.mark("2009 жылғы 16 маусымда", f'<date date="{SIGNED}" refersTo="#signature">', "</date>")
        il.mark("Екатеринбургте", '<location refersTo="#yekaterinburg">', "</location>")
        self.p(d + 4, il, eid="cmp_1__p_1")
        self.w(d + 3, "</mainBody>")
        self.w(d + 3, "<conclusions>")
        lines = [self.take(r"^Қазақстан Республикасының$"), self.take(r"^Ұлттық қауіпсіздік комитеті$"),
                 self.take(r"^Төраға аппараты басшысының$")]
        last = self.take(r"^міндеттерін уақытша атқарушы Ә\. Дүйсебаев$")
        role = " ".join(lines) + " " + last[: last.index(" Ә.")]
        text = role + " Ә. Дүйсебаев"
        il = Inline(text)
        for nxt in ("Ұлттық", "Төраға", "міндеттерін", "Ә. Дүйсебаев"):
            il.eol(nxt)
        il.add(0, len(role), '<role refersTo="#certifyingOfficial">', "</role>")
        il.mark("Ә. Дүйсебаев", '<person refersTo="#duisebaev" as="#certifyingOfficial">', "</person>")
        self.w(d + 4, '<blockContainer eId="cmp_1__signature_1" class="signature">')
        self.p(d + 5, il)
        self.w(d + 4, "</blockContainer>")
        self.w(d + 3, "</conclusions>")
        self.w(d + 2, "</doc>")
        self.w(d + 1, "</component>")
        # the publisher's line
        self.w(d + 1, '<component eId="cmp_2">')
        self.w(d + 2, '<doc name="publisher">')
        self.doc_meta(d + 3, "publisher", "publisher")
        self.w(d + 3, "<mainBody>")
        self.p(d + 4, self.inline(self.take(r"^© 2012\.")), eid="cmp_2__p_1", cls="publisher")
        self.w(d + 3, "</mainBody>")
        self.w(d + 2, "</doc>")
        self.w(d + 1, "</component>")
        self.w(d, "</components>")


# --------------------------------------------------------------------------
# 5. The termbase (TBX-Basic)
# --------------------------------------------------------------------------

TBX_NS = "urn:iso:std:iso:30042:ed-2"


def make_tbx(b):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<tbx xmlns="{TBX_NS}" type="TBX-Basic" style="dca" xml:lang="kk">',
           "  <tbxHeader>",
           "    <fileDesc>",
           "      <titleStmt>",
           "        <title>Kelisim termbase: defined terms and threat types of the SCO agreement on international information security (2009)</title>",
           "      </titleStmt>",
           "      <sourceDesc>",
           "        <p>Kazakh terms and definitions: Annex 1 and Annex 2 of the official Kazakh text (agreement.kk.akn.xml). Russian and Chinese labels: the Kelisim label table; each carries its provenance as admin type=\"projectSubset\": checked (compared with the official text) or unchecked (a careful translation not yet compared).</p>",
           "      </sourceDesc>",
           "    </fileDesc>",
           "  </tbxHeader>",
           "  <text>",
           "    <body>"]

    def w(depth, line):
        out.append("  " * depth + line)

    for r in b.terms + b.threats:
        kind = "definedTerm" if r["kind"] == "term" else "threatType"
        w(3, f'<conceptEntry id="{r["id"]}">')
        w(4, f'<admin type="customerSubset">{kind}</admin>')
        w(4, '<langSec xml:lang="kk">')
        if r["kind"] == "term":
            w(5, f'<descrip type="definition">{escape(b.definitions[r["id"]])}</descrip>')
            w(5, "<termSec>")
            w(6, f'<term>{escape(r["kk"])}</term>')
            w(6, '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>')
            w(6, '<termNote type="termLocation">att_1</termNote>')
            w(5, "</termSec>")
        else:
            texts = b.threat_text[r["id"]]
            w(5, "<termSec>")
            w(6, f'<term>{escape(texts["heading"])}</term>')
            w(6, '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>')
            w(6, '<termNote type="termLocation">att_2</termNote>')
            w(5, "</termSec>")
            w(5, "<termSec>")
            w(6, f'<term>{escape(texts["art2"])}</term>')
            w(6, '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>')
            w(6, '<termNote type="termLocation">art_2</termNote>')
            w(5, "</termSec>")
        w(4, "</langSec>")
        for lang in ("ru", "zh"):
            w(4, f'<langSec xml:lang="{lang}">')
            w(5, "<termSec>")
            w(6, f'<term>{escape(r[lang])}</term>')
            w(6, '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>')
            w(6, f'<admin type="projectSubset">{r[lang + "_status"]}</admin>')
            w(5, "</termSec>")
            w(4, "</langSec>")
        w(3, "</conceptEntry>")
    out += ["    </body>", "  </text>", "</tbx>"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--paragraphs", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    source = (shared / "source/agreement.kk.txt").read_text(encoding="utf-8")
    paras = logical_lines(source)
    if args.paragraphs:
        for n, t in paras:
            print(f"{n:4d} {t}")
        return 0
    b = Builder(shared)
    akn = b.build(paras)
    tbx = make_tbx(b)
    outputs = {ROOT / "data/edition/agreement.kk.akn.xml": akn,
               ROOT / "data/edition/termbase.tbx": tbx}
    status = 0
    for path, text in outputs.items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"make-edition: {path.relative_to(ROOT)} is out of date", file=sys.stderr)
                status = 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for tid, count in b.occurrences.items():
        print(f"{tid}\t{count}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
