#!/usr/bin/env python3
"""Generate the synthetic, annotated corpus of UK social-care case records.

    python3 tests/corpus/generate.py [--seed 20261127] [--docs 1500] [--out tests/corpus/corpus.jsonl]
    python3 tests/corpus/generate.py --stats      # also print counts per genre and label

Standard library only; deterministic for a given seed. Gold spans are UTF-8 byte offsets.
See README.md beside this file for the schema and the annotation guidelines.
"""
import argparse
import datetime as dt
import json
import re
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import identifiers as ids  # noqa: E402
import places  # noqa: E402
import templates as T  # noqa: E402

LABELS = ["PERSON", "ADDRESS", "POSTCODE", "DATE", "CASE_NUMBER", "NHS_NUMBER", "NI_NUMBER",
          "PHONE", "EMAIL", "HANDLE"]
GENRES = ["case_note", "home_visit", "chronology", "strategy_minutes", "referral_form", "email",
          "court_statement", "social_media"]

# ====================================================================== names

# Rough shares of the communities a UK children's services caseload might include.
FAMILY_GROUPS = {
    "en-gb": 36, "irish": 4, "scottish": 3, "traveller": 3, "pl": 6, "romanian": 4,
    "lithuanian": 2, "cs": 1, "hu": 1, "pt": 2, "es": 1, "it": 1, "fr": 1, "de": 1, "nl": 1,
    "tr": 2, "pakistani": 5, "bangladeshi": 3, "indian": 4, "nigerian": 4, "ghanaian": 2,
    "somali": 3, "eritrean": 2, "chinese": 2, "vietnamese": 2, "arabic_kurdish_afghan": 3,
}
PRO_GROUPS = dict(FAMILY_GROUPS, **{"en-gb": 70, "traveller": 0, "eritrean": 1, "somali": 1})
STRIP_DIACRITICS = {"vietnamese": 0.5}  # others: 0.35 when the name has any


class NamePool:
    def __init__(self, directory):
        self.first = {}
        self.sur = {}
        for line in open(directory / "first_names.txt", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            name, gender, group = line.rstrip("\n").split("\t")
            self.first.setdefault(group, {"f": [], "m": []})[gender].append(name)
        for line in open(directory / "surnames.txt", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            name, group, fem = line.rstrip("\n").split("\t")
            self.sur.setdefault(group, []).append((name, fem))
        self.first_count = sum(len(v["f"]) + len(v["m"]) for v in self.first.values())
        self.sur_count = sum(len(v) for v in self.sur.values())

    def first_name(self, rng, group, gender):
        pool = self.first[group][gender] or self.first[group]["f" if gender == "m" else "m"]
        return rng.choice(pool)

    def surname(self, rng, group, gender, women_only_ok=False):
        while True:
            name, fem = rng.choice(self.sur[group])
            if fem == "F":
                if gender == "f" and women_only_ok:
                    return name
                continue
            return fem if (gender == "f" and fem != "-") else name

    def masculine(self, surname):
        """The male form of a surname given in its female form."""
        for group in self.sur.values():
            for name, fem in group:
                if fem == surname:
                    return name
        return surname


def weighted(rng, weights):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


# ====================================================================== people

PRO_ROLES = {
    # role: (share female, title kind, job title, team)
    "sw": (0.8, "plain", "Social Worker", "Children's Services"),
    "tm": (0.6, "plain", "Team Manager", "Assessment Team"),
    "iro": (0.7, "plain", "Independent Reviewing Officer", "Safeguarding Unit"),
    "gp": (0.5, "dr", "GP", "the surgery"),
    "hv": (0.95, "plain", "Health Visitor", "Health Visiting Service"),
    "teacher": (0.75, "plain", "Class Teacher", "the school"),
    "dsl": (0.7, "plain", "Designated Safeguarding Lead", "the school"),
    "police": (0.4, "rank", "Police Officer", "Safeguarding Investigations Unit"),
    "police2": (0.4, "rank", "Police Officer", "Neighbourhood Policing Team"),
    "nurse": (0.9, "plain", "School Nurse", "School Nursing Service"),
    "camhs": (0.7, "plain", "CAMHS Practitioner", "CAMHS"),
    "fsw": (0.85, "plain", "Family Support Worker", "Early Help"),
    "solicitor": (0.5, "plain", "Solicitor", "the firm"),
    "guardian": (0.7, "plain", "Children's Guardian", "Cafcass"),
    "paed": (0.5, "drprof", "Consultant Paediatrician", "the hospital"),
    "vicar": (0.4, "rev", "Vicar", "the parish"),
    "cllr": (0.5, "cllr", "Councillor", "the council"),
    "senco": (0.85, "plain", "SENCo", "the school"),
    "mw": (0.97, "plain", "Community Midwife", "Maternity Services"),
    "ypw": (0.5, "plain", "Youth Worker", "Youth Service"),
}
TEAMS = ["Children's Services, Brighton & Hove City Council", "Assessment Team", "Front Door for Families",
         "Children in Care Team", "Safeguarding and Care Planning", "Early Help Hub",
         "Sussex Police Safeguarding Investigations Unit", "Health Visiting, Sussex Community NHS"]
RANKS = ["DC", "DC", "DS", "DI", "PC", "PC", "PCSO"]

# role: (gender rule, title kind, min age, max age)
FAMILY_ROLES = {
    "mum": ("f", "mum"), "dad": ("m", "mr"), "partner": ("m85", "adult"), "nan": ("f", "mrs"),
    "grandad": ("m", "mr"), "aunt": ("f", "adult"), "uncle": ("m", "mr"), "carer": ("f", "adult"),
    "carer2": ("m", "mr"), "friend": ("any", "none"), "bf": ("m", "mr"), "neighbour": ("any", "adult"),
    "child": ("any", "none"), "sib": ("any", "none"),
}
CHILD_ROLES = {"child", "sib", "friend"}


class Person:
    def __init__(self, role, first, surname, gender, title, middle=None):
        self.role, self.first, self.surname, self.gender = role, first, surname, gender
        self.title, self.middle = title, middle
        self.nick = None
        self.dob = None
        self.phone = self.email = self.handle = self.url = None
        self.nhs = self.ni = None

    @property
    def full(self):
        return f"{self.first} {self.surname}"

    @property
    def full_middle(self):
        return f"{self.first} {self.middle} {self.surname}" if self.middle else self.full

    def initials(self, rng):
        letters = [self.first[0]] + ([self.middle[0]] if self.middle and rng.random() < 0.3 else [])
        last = self.surname.split()[-1]
        letters.append(last[0] if last[0].isalpha() else last[1])
        letters = [ids.ascii_fold(c).upper() for c in letters]
        style = rng.random()
        if style < 0.6:
            return ".".join(letters) + "."
        if style < 0.9:
            return "".join(letters)
        return " ".join(letters)


def make_nick(rng, first):
    base = ids.ascii_fold(first)
    stem = base[: rng.choice([3, 3, 4])] if len(base) > 4 else base
    options = [stem + "z", stem + "ie", stem + "y", stem + "s", stem[:2] + stem[:2].lower(),
               stem + "o", "Lil " + stem]
    nick = rng.choice(options)
    return nick if nick.lower() != first.lower() else nick + "y"


# ====================================================================== the case: people, places, numbers


class Case:
    """Everything one document can mention, created on first mention."""

    def __init__(self, rng, names, genre, style):
        self.rng, self.names, self.genre, self.style = rng, names, genre, style
        self.group = weighted(rng, FAMILY_GROUPS)
        self.people = {}
        self.order = []
        self.alias = {}
        self.base = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 8))
        self.numeric_style = rng.choice(ids.NUMERIC_STYLES)
        self.family_surname = self._surname(self.group, "m")
        if rng.random() < 0.06:
            self.family_surname = self._surname("wordname", "m")
        if rng.random() < 0.07:
            other = self._surname(weighted(rng, FAMILY_GROUPS), "m")
            if " " not in other and " " not in self.family_surname:
                self.family_surname = f"{self.family_surname}-{other}"
        self.values = {}
        self.home = places.Address(rng)
        self.informal = style == "informal"

    # ---------------------------------------------------------------- people
    def _surname(self, group, gender, women_only_ok=False):
        return self.names.surname(self.rng, group, gender, women_only_ok)

    def _first(self, group, gender):
        rng = self.rng
        if rng.random() < 0.06:
            return self.names.first_name(rng, "wordname", gender)
        if group != "en-gb" and rng.random() < 0.15:
            group = "en-gb"
        return self.names.first_name(rng, group, gender)

    def _fold(self, person, group):
        p = STRIP_DIACRITICS.get(group, 0.35)
        if self.rng.random() < p:
            person.first = ids.ascii_fold(person.first)
            person.surname = ids.ascii_fold(person.surname)
            if person.middle:
                person.middle = ids.ascii_fold(person.middle)

    def person(self, role):
        role = self.alias.get(role, role)
        if role in self.people:
            return self.people[role]
        rng = self.rng
        if role in PRO_ROLES:
            share_f, kind, _, _ = PRO_ROLES[role]
            gender = "f" if rng.random() < share_f else "m"
            group = weighted(rng, PRO_GROUPS)
            if rng.random() < 0.04:
                group = "wordname"
            first = self.names.first_name(rng, group if group != "wordname" else "en-gb", gender)
            sur = self._surname(group, gender)
            title = {"dr": "Dr", "drprof": rng.choice(["Dr", "Dr", "Prof"]), "rev": "Rev",
                     "cllr": "Cllr", "rank": rng.choice(RANKS)}.get(kind)
            if title is None:
                title = "Mr" if gender == "m" else rng.choice(["Ms", "Ms", "Mrs", "Miss"])
                if rng.random() < 0.03:
                    title = "Mx"
            p = Person(role, first, sur, gender, title)
        else:
            rule, kind = FAMILY_ROLES[role]
            if rule == "any":
                gender = rng.choice("fm")
            elif rule == "m85":
                gender = "m" if rng.random() < 0.85 else "f"
            else:
                gender = rule
            group = self.group
            if role in ("partner", "friend", "bf", "neighbour", "carer", "carer2") or (
                role in ("nan", "grandad") and rng.random() < 0.3
            ):
                group = weighted(rng, FAMILY_GROUPS)
            first = self._first(group, gender)
            if role in ("child", "sib"):
                sur = self.family_surname if rng.random() < 0.85 or role == "child" else self._surname(group, "m")
                if gender == "f":
                    sur = self._feminine(group, sur)
            elif role == "dad":
                sur = self.family_surname if rng.random() < 0.75 else self._surname(group, "m")
            elif role == "mum":
                if rng.random() < 0.55:
                    sur = self._feminine(group, self.family_surname)
                else:
                    sur = self._surname(group, "f", women_only_ok=True)
            elif role == "carer2" and "carer" in self.people and rng.random() < 0.7:
                sur = self.names.masculine(self.people["carer"].surname)
            elif role == "carer" and "carer2" in self.people and rng.random() < 0.7:
                sur = self.people["carer2"].surname
            elif role in ("uncle", "aunt") and rng.random() < 0.5:
                sur = self._feminine(group, self.family_surname) if gender == "f" else self.family_surname
            else:
                sur = self._surname(group, gender, women_only_ok=True)
            middle = None
            if role in ("child", "sib", "mum") and rng.random() < 0.2:
                middle = self._first(group, gender)
                if middle == first:
                    middle = None
            if kind == "mum":
                title = rng.choice(["Ms", "Ms", "Mrs", "Miss"])
            elif kind == "mrs":
                title = rng.choice(["Mrs", "Mrs", "Ms"])
            elif kind == "mr":
                title = "Mr"
            elif kind == "adult":
                title = "Mr" if gender == "m" else rng.choice(["Ms", "Mrs", "Miss"])
            else:
                title = "Miss" if gender == "f" else "Master"
            p = Person(role, first, sur, gender, title, middle)
            self._fold(p, group)
            age = {"child": (1, 17), "sib": (0, 16), "friend": (11, 17), "bf": (17, 24),
                   "mum": (19, 48), "dad": (20, 55), "partner": (18, 50), "aunt": (18, 60),
                   "uncle": (18, 60), "carer": (30, 65), "carer2": (30, 65), "nan": (45, 80),
                   "grandad": (45, 85)}.get(role, (20, 80))
            if role == "child" and self.genre == "social_media":
                age = (11, 17)
            years = rng.randint(*age)
            p.dob = self.base - dt.timedelta(days=365 * years + rng.randrange(365))
        if rng.random() < 0.12 and role in ("child", "sib", "mum", "dad", "bf", "friend"):
            p.nick = make_nick(rng, p.first)
        self.people[role] = p
        self.order.append(p)
        return p

    def _feminine(self, group, surname):
        for name, fem in self.names.sur.get(group, []):
            if name == surname and fem not in ("-", "F"):
                return fem
        return surname

    def known_people(self):
        return [p.full_middle for p in self.order]

    # ---------------------------------------------------------------- rendering a person
    def ref_form(self, p):
        r = self.rng.random()
        if p.role in CHILD_ROLES:
            if self.informal:
                return "lower" if r < 0.45 else ("nick" if r < 0.5 and p.nick else "first")
            return "first" if r < 0.82 else ("full" if r < 0.95 else ("nick" if p.nick else "first"))
        if self.genre == "court_statement":
            return "title" if r < 0.8 else "full"
        if self.informal:
            return "first" if r < 0.6 else ("lower" if r < 0.85 else "title")
        if p.role in PRO_ROLES:
            return "title" if r < 0.4 else ("full" if r < 0.75 else "first")
        return "title" if r < 0.35 else ("first" if r < 0.7 else "full")

    def render_person(self, p, form):
        rng = self.rng
        if form == "ref":
            form = self.ref_form(p)
        if form in ("title", "tfull", "tinit") and p.title == "Master":
            form = "full" if form != "title" else "first"
        P = "PERSON"
        he = p.gender == "m"
        pronouns = {
            "he": "he" if he else "she", "He": "He" if he else "She", "him": "him" if he else "her",
            "his": "his" if he else "her", "His": "His" if he else "Her",
            "himself": "himself" if he else "herself", "son": "son" if he else "daughter",
            "boy": "boy" if he else "girl", "bro": "brother" if he else "sister",
            "mum": "dad" if he else "mum",
        }
        if form in pronouns:
            return [(pronouns[form], None)]
        if form == "role":
            return [(PRO_ROLES.get(p.role, (0, 0, "Social Worker", ""))[2], None)]
        if form == "team":
            return [(rng.choice(TEAMS), None)]
        table = {
            "first": lambda: p.first,
            "full": lambda: p.full,
            "fullm": lambda: p.full_middle,
            "firsts": lambda: f"{p.first} {p.middle}" if p.middle else p.first,
            "title": lambda: f"{p.title} {p.surname}",
            "tfull": lambda: f"{p.title} {p.full}",
            "tinit": lambda: f"{p.title} {p.first[0]}{rng.choice(['.', '', '.'])} {p.surname}",
            "sur": lambda: p.surname,
            "surup": lambda: p.surname.upper(),
            "capsfull": lambda: f"{p.first} {p.surname.upper()}",
            "upper": lambda: p.full.upper(),
            "lower": lambda: p.first.lower(),
            "lowerfull": lambda: p.full.lower(),
            "init": lambda: p.initials(rng),
            "nick": lambda: self.nickname(p),
        }
        if form == "caps":
            return [(p.surname.upper(), P), (", ", None), (p.first, P)]
        if form not in table:
            raise KeyError(f"unknown person form {form!r}")
        return [(table[form](), P)]

    def nickname(self, p):
        if p.nick is None:
            p.nick = make_nick(self.rng, p.first)
        return p.nick

    # ---------------------------------------------------------------- values fixed per document
    def fixed(self, key, make):
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def event_date(self):
        return self.base + dt.timedelta(days=self.rng.randrange(-420, 90))

    def date_style(self, arg):
        rng = self.rng
        if arg in (None, "any"):
            if rng.random() < 0.6:
                return self.numeric_style
            return rng.choice(ids.WORD_STYLES + ["wc", "the"])
        return {
            "num": self.numeric_style,
            "long": rng.choice(["d_month_y", "ord_month_y", "d_mon_y", "month_d_y"]),
            "my": rng.choice(["month_y", "month_y", "mon_y"]),
            "wd": rng.choice(["wd_d_month", "wd_ord_month_y"]),
            "iso": "iso",
            "wc": "wc",
            "the": "the",
        }[arg]

    def date_parts(self, d, style):
        if style == "the":
            return [(ids.date_text(d, "the_ord"), "DATE")]
        return ids.date_parts(self.rng, d, style)

    def address_parts(self, addr, arg):
        rng = self.rng
        if arg is None:
            arg = rng.choice(["short", "town", "town", "full", "full"])
        if arg == "ml":
            lines = addr.lines(rng)
            return [("\n".join(lines), "ADDRESS"), ("\n", None),
                    (ids.postcode_written(rng, addr.postcode), "POSTCODE")]
        if arg == "short":
            return [(addr.short(rng), "ADDRESS")]
        lines = addr.lines(rng, abbreviate=rng.random() < 0.15)
        text = ", ".join(lines)
        if self.informal and rng.random() < 0.3:
            text = text.replace(", ", " ", 1)
        if arg == "town":
            return [(text, "ADDRESS")]
        sep = rng.choice([" ", " ", ", ", ". "]) if not self.informal else rng.choice([" ", ", "])
        return [(text, "ADDRESS"), (sep, None),
                (ids.postcode_written(rng, addr.postcode, self.informal), "POSTCODE")]

    def contact(self, p, kind):
        rng = self.rng
        pro = p.role in PRO_ROLES
        if kind == "phone":
            if p.phone is None:
                p.phone = ids.phone(rng, None if pro else "mobile")
            return p.phone
        if kind == "email":
            if p.email is None:
                p.email = ids.email(rng, p.first, p.surname, pro, p.dob.year if p.dob else None)
            return p.email
        if p.handle is None:
            p.handle = ids.handle_name(rng, p.first, p.surname, p.dob.year if p.dob else None)
        if kind == "url":
            if p.url is None:
                p.url = ids.profile_url(rng, p.handle)[0]
            return p.url
        return p.handle

    def slot(self, name, arg):
        rng = self.rng
        if name in PRO_ROLES or name in FAMILY_ROLES or name in self.alias:
            return self.render_person(self.person(name), arg or "ref")
        year = self.base.year
        if name == "date":
            return self.date_parts(self.event_date(), self.date_style(arg))
        if name == "dob":
            p = self.person(arg or "child")
            style = self.numeric_style if rng.random() < 0.6 else rng.choice(
                ["d_month_y", "d_mon_y", "ord_month_y", "dmy_slash", "d_mon_yy"])
            return [(ids.date_text(p.dob, style), "DATE")]
        if name in ("addr", "addr2"):
            addr = self.home if name == "addr" else self.fixed("addr2", lambda: places.Address(rng))
            return self.address_parts(addr, arg)
        if name == "pc":
            return [(ids.postcode_written(rng, self.home.postcode, self.informal), "POSTCODE")]
        if name in ("school", "surgery", "nursery", "home"):
            forms = {"school": places.SCHOOL_FORMS, "surgery": places.SURGERY_FORMS,
                     "nursery": places.NURSERY_FORMS, "home": places.HOME_FORMS}[name]
            return [(self.fixed(name, lambda: places.institution(rng, forms)), "ADDRESS")]
        if name == "cm":
            label, num = self.fixed("cm", lambda: ids.cm_id(rng))
            return [label, num]
        if name == "cmn":
            return [self.fixed("cm", lambda: ids.cm_id(rng))[1]]
        if name == "ref":
            return self.fixed("ref", lambda: ids.case_ref_parts(rng, year))
        if name == "refn":
            return [self.fixed("ref", lambda: ids.case_ref_parts(rng, year))[1]]
        if name == "court":
            return [(self.fixed("court", lambda: ids.court_number(rng, year)), "CASE_NUMBER")]
        if name == "crime":
            return self.fixed("crime", lambda: ids.crime_ref(rng, year))
        if name == "cad":
            return ids.cad_ref(rng, self.event_date())
        if name == "upn":
            return [(self.fixed("upn", lambda: ids.upn(rng)), "CASE_NUMBER")]
        if name == "nhs":
            p = self.person(arg or "child")
            if p.nhs is None:
                p.nhs = ids.nhs_number(rng)
            return [(p.nhs, "NHS_NUMBER")]
        if name == "chi":
            p = self.person(arg or "child")
            return [(self.fixed("chi", lambda: ids.chi_digits(rng, p.dob)), "NHS_NUMBER")]
        if name == "ni":
            p = self.person(arg or "mum")
            if p.ni is None:
                p.ni = ids.ni_number(rng)
            return [(p.ni, "NI_NUMBER")]
        if name == "phone":
            if arg == "office":
                return [(self.fixed("office", lambda: ids.landline(rng)), "PHONE")]
            return [(self.contact(self.person(arg or "mum"), "phone"), "PHONE")]
        if name == "email":
            return [(self.contact(self.person(arg or "sw"), "email"), "EMAIL")]
        if name == "handle":
            return [("@" + self.contact(self.person(arg or "child"), "handle"), "HANDLE")]
        if name == "hbare":
            return [(self.contact(self.person(arg or "child"), "handle"), "HANDLE")]
        if name == "url":
            return [(self.contact(self.person(arg or "child"), "url"), "HANDLE")]
        return [(self.trap(name, arg), None)]

    def trap(self, name, arg):
        """Unannotated look-alikes: towns, times, money, ages, durations and so on."""
        rng = self.rng
        if name == "town":
            return rng.choice(list(places.TOWNS))
        if name == "court_town":
            return rng.choice(list(places.TOWNS)).upper()
        if name == "time":
            h, m = rng.randrange(7, 21), rng.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
            return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h % 12 or 12}pm" if h > 12 else f"{h}am",
                               f"{h % 12 or 12}.{m:02d}{'pm' if h >= 12 else 'am'}", f"{h:02d}{m:02d}hrs",
                               f"{h % 12 or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}"])
        if name == "money":
            return rng.choice([str(rng.randrange(20, 900)), f"{rng.randrange(1, 9)},{rng.randrange(100, 999)}",
                               f"{rng.randrange(5, 99)}.{rng.randrange(10, 99)}"])
        if name == "age":
            p = self.person("child")
            return str(max(0, (self.base - p.dob).days // 365))
        if name == "dur":
            n = rng.randrange(2, 13)
            return rng.choice([f"{n} months", f"{n} weeks", f"{rng.randrange(2, 6)} years", "six weeks",
                               "a fortnight", f"{n} days", "three months"])
        if name == "weekday":
            return rng.choice(ids.WEEKDAYS[:5])
        if name == "month":
            return rng.choice(ids.MONTHS)
        if name == "count":
            return str(rng.randrange(2, 12))
        if name == "nth":
            return ids.ordinal(rng.randrange(2, 15))
        if name == "year":
            return str(rng.randrange(2012, 2025))
        if name == "pct":
            return f"{rng.randrange(55, 99)}%"
        if name in T.TRAP_WORDS:
            return rng.choice(T.TRAP_WORDS[name])
        raise KeyError(f"unknown slot {name!r}")


# ====================================================================== templates and documents

SLOT = re.compile(r"\{([a-z_0-9]+)(?::([A-Za-z_]+))?\}")


def render(case, template):
    parts, pos = [], 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            parts.append((template[pos:m.start()], None))
        parts.extend(case.slot(m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(template):
        parts.append((template[pos:], None))
    return parts


class Doc:
    def __init__(self, case):
        self.case = case
        self.parts = []

    def add(self, template):
        self.parts.extend(render(self.case, template))

    def text(self, s):
        self.parts.append((s, None))

    def extend(self, parts):
        self.parts.extend(parts)

    def finish(self):
        text, spans, pos = [], [], 0
        for s, label in self.parts:
            n = len(s.encode("utf-8"))
            if label:
                spans.append({"start": pos, "end": pos + n, "label": label})
            text.append(s)
            pos += n
        return "".join(text), spans


def sentence_count(rng):
    r = rng.random()
    if r < 0.10:
        return 1
    if r < 0.35:
        return rng.randint(2, 5)
    if r < 0.82:
        return rng.randint(6, 14)
    return rng.randint(15, 30)


def pick(rng, pools, k):
    """k distinct templates drawn from weighted pools [(templates, weight), ...]."""
    chosen, seen = [], set()
    tries = 0
    while len(chosen) < k and tries < k * 20:
        tries += 1
        pool = rng.choices([p for p, _ in pools], [w for _, w in pools])[0]
        t = rng.choice(pool)
        if t not in seen:
            seen.add(t)
            chosen.append(t)
    return chosen


def paragraphs(doc, rng, sentences, informal=False):
    if informal:
        prefix = rng.choice(["", "- ", "* ", ""])
        for i, t in enumerate(sentences):
            if i:
                doc.text("\n")
            if rng.random() < 0.2:
                doc.text(doc.case.trap("time", None) + " ")
            doc.text(prefix)
            doc.add(t)
        return
    for i, t in enumerate(sentences):
        if i:
            doc.text("\n\n" if rng.random() < 0.3 else " ")
        doc.add(t)


def body_pools(genre_pool, informal=False):
    if informal:
        return [(T.INFORMAL, 6), (genre_pool, 2), (T.SHARED, 2), (T.TRAPS, 1)]
    return [(genre_pool, 5), (T.SHARED, 4), (T.TRAPS, 2)]


def ensure_trap(rng, sentences):
    if not any(t in T.TRAPS for t in sentences):
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(T.TRAPS))


def gen_case_note(doc, rng, k):
    case = doc.case
    if k > 1:
        doc.add(rng.choice(T.CASE_NOTE_HEADERS))
    sentences = pick(rng, body_pools(T.CASE_NOTE, case.informal), k)
    if k > 2:
        ensure_trap(rng, sentences)
    paragraphs(doc, rng, sentences, case.informal)
    if k > 4 and rng.random() < 0.5:
        doc.text("\n\n")
        doc.add(rng.choice(["{sw:full}\n{sw:role}", "{sw:first} {date:num}", "Signed: {sw:tfull}",
                            "Author: {sw:full}, {date}", "{sw:init}"]))


def gen_home_visit(doc, rng, k):
    if k > 1:
        doc.add(rng.choice(T.VISIT_HEADERS))
    sentences = pick(rng, body_pools(T.VISIT), k)
    if k > 2:
        ensure_trap(rng, sentences)
    paragraphs(doc, rng, sentences)
    if k > 5:
        doc.text("\n\nAnalysis\n")
        paragraphs(doc, rng, pick(rng, [(T.SHARED, 1)], rng.randint(1, 3)))
        doc.text("\n\nActions\n")
        for i, line in enumerate(pick(rng, [(T.ACTION_LINES, 1)], rng.randint(2, 4))):
            doc.text("\n" if i else "")
            doc.add(line)


CHRONO_SOURCES = ["Police", "School", "Health", "CSC", "GP", "HV", "Mum", "MASH", "CAMHS", "Housing"]


def gen_chronology(doc, rng, k):
    case = doc.case
    k = max(1, k)
    if k > 1:
        doc.add(rng.choice(["CHRONOLOGY\nChild: {child:caps}    DOB: {dob}\n\nDate | Event | Source\n",
                            "Chronology - {child:full} ({cm})\n\n",
                            "Chronology of significant events: {child:full}, {sib:full}\n\n",
                            "Significant events\n"]))
    dates = sorted(case.event_date() for _ in range(k))
    sep = rng.choice([" | ", " - ", ": ", "\t", "  "])
    style = case.numeric_style if rng.random() < 0.7 else rng.choice(["d_mon_y", "d_month_y", "iso", "d_mon_yy"])
    events = pick(rng, [(T.CHRONO, 8), (T.TRAPS, 1)], k)
    if k > 2:
        ensure_trap(rng, events)
        dates.append(case.event_date())
        dates.sort()
    for i, (d, event) in enumerate(zip(dates, events)):
        if i:
            doc.text("\n")
        if rng.random() < 0.06:
            doc.extend(case.date_parts(d, "wc"))
        else:
            doc.extend(case.date_parts(d, style))
        doc.text(sep)
        doc.add(event)
        if sep == " | " and rng.random() < 0.8:
            doc.text(" | " + rng.choice(CHRONO_SOURCES))


def gen_minutes(doc, rng, k):
    case = doc.case
    doc.add(rng.choice(T.MINUTES_HEADERS))
    if k > 3:
        doc.text("Attendees:\n")
        attendees = [("{tm:full}", "Chair"), ("{sw:full}", "Social Worker"), ("{police:tfull}", "Sussex Police"),
                     ("{gp:title}", "GP, {surgery}"), ("{dsl:full}", "DSL, {school}"),
                     ("{hv:full}", "Health Visitor"), ("{nurse:tfull}", "School Nurse"),
                     ("{camhs:full}", "CAMHS"), ("{ypw:full}", "Youth Service")]
        chosen = rng.sample(attendees, rng.randint(3, len(attendees)))
        for who, what in chosen:
            doc.add(rng.choice([f"{who} ({what})\n", f"{who} - {what}\n", f"{what}: {who}\n"]))
        if rng.random() < 0.5:
            doc.add("Apologies: {iro:full} (IRO), {paed:title}\n")
        doc.text("\nChild(ren):\n")
        doc.add(rng.choice(["{child:full}, DOB {dob}, NHS no. {nhs}\n", "{child:caps} ({dob})\n",
                            "{child:full} - {dob} - {cm}\n"]))
        if rng.random() < 0.6:
            doc.add(rng.choice(["{sib:full}, DOB {dob:sib}\n", "{sib:caps} ({dob:sib})\n"]))
        doc.add(rng.choice(["Address: {addr:full}\n", "Home address: {addr}\n"]))
        if rng.random() < 0.6:
            doc.add(rng.choice(["Parents: {mum:full} (mother), {dad:full} (father)\n",
                                "Mother: {mum:full}   Father: {dad:full}\n"]))
    doc.text("\n1. Reason for strategy discussion\n")
    paragraphs(doc, rng, pick(rng, [(T.REFERRAL, 1)], max(1, k // 4)))
    doc.text("\n\n2. Information shared\n")
    sentences = pick(rng, [(T.MINUTES, 5), (T.SHARED, 2), (T.TRAPS, 1)], max(1, k - k // 4))
    ensure_trap(rng, sentences)
    for t in sentences:
        doc.text("\n- " if rng.random() < 0.5 else "\n")
        doc.add(t)
    if k > 5:
        doc.text("\n\n3. Decision\n")
        doc.add(rng.choice(["Threshold for S47 met. Joint investigation agreed.",
                            "S47 not required; CIN assessment to continue.",
                            "Single agency S47 by children's social care. ICPC to be held by {date}."]))


ETHNICITY = {"en-gb": "White British", "irish": "White Irish", "scottish": "White British",
             "traveller": "Gypsy/Roma/Traveller", "pl": "White Other (Polish)", "romanian": "White Other (Romanian)",
             "pakistani": "Asian British - Pakistani", "bangladeshi": "Asian British - Bangladeshi",
             "indian": "Asian British - Indian", "nigerian": "Black African", "ghanaian": "Black African",
             "somali": "Black African (Somali)", "eritrean": "Black African (Eritrean)", "chinese": "Chinese",
             "vietnamese": "Asian Other (Vietnamese)", "arabic_kurdish_afghan": "Any other ethnic group"}
LANGUAGES = {"pl": "Polish", "romanian": "Romanian", "lithuanian": "Lithuanian", "somali": "Somali",
             "eritrean": "Tigrinya", "bangladeshi": "Sylheti/Bengali", "pakistani": "Urdu/Punjabi",
             "chinese": "Mandarin", "vietnamese": "Vietnamese", "arabic_kurdish_afghan": "Arabic", "tr": "Turkish",
             "pt": "Portuguese", "indian": "Gujarati"}


def gen_referral(doc, rng, k):
    case = doc.case
    sep = rng.choice([": ", ":\t", ": "])
    lines = [rng.choice(T.FORM_HEADERS), "", "Date of referral" + sep + "{date}"]
    referrer = rng.choice(["teacher", "dsl", "hv", "gp", "police", "nurse"])
    lines += [f"Referrer{sep}{{{referrer}:full}}", f"Role{sep}{PRO_ROLES[referrer][2]}"]
    if referrer in ("teacher", "dsl"):
        lines.append("Agency" + sep + "{school}")
    elif referrer == "gp":
        lines.append("Agency" + sep + "{surgery}")
    lines += [f"Telephone{sep}{{phone:{referrer}}}", f"Email{sep}{{email:{referrer}}}", "", "CHILD DETAILS"]
    if rng.random() < 0.5:
        lines += ["Surname" + sep + "{child:surup}", "First name(s)" + sep + "{child:firsts}"]
    else:
        lines.append("Name" + sep + rng.choice(["{child:caps}", "{child:capsfull}", "{child:fullm}"]))
    if rng.random() < 0.2:
        lines.append("Known as" + sep + "{child:nick}")
    lines += ["DOB" + sep + "{dob}", "Gender" + sep + ("Male" if case.person("child").gender == "m" else "Female")]
    lines.append("Ethnicity" + sep + ETHNICITY.get(case.group, "White Other"))
    if case.group in LANGUAGES:
        lines.append("First language" + sep + LANGUAGES[case.group] + rng.choice(["", " (interpreter needed)"]))
    if rng.random() < 0.7:
        lines.append("NHS number" + sep + "{nhs}")
    if rng.random() < 0.5:
        lines.append("UPN" + sep + "{upn}")
    if rng.random() < 0.5:
        lines.append(rng.choice(["LCS ID", "Mosaic ID", "Person ID", "Child ID"]) + sep + "{cmn}")
    lines.append("Address" + sep + ("{addr:ml}" if rng.random() < 0.6 else "{addr:full}"))
    lines += ["School" + sep + "{school}", "GP" + sep + rng.choice(["{gp:title}, {surgery}", "{surgery}"]), ""]
    lines.append("PARENTS / CARERS")
    lines += ["Name" + sep + rng.choice(["{mum:caps}", "{mum:full}", "{mum:tfull}"]), "Relationship" + sep + "Mother",
              "DOB" + sep + "{dob:mum}", "Mobile" + sep + "{phone:mum}"]
    if rng.random() < 0.5:
        lines.append("Email" + sep + "{email:mum}")
    if rng.random() < 0.3:
        lines.append("NI number" + sep + "{ni:mum}")
    if rng.random() < 0.7:
        lines += ["", "Name" + sep + rng.choice(["{dad:caps}", "{dad:full}"]), "Relationship" + sep + "Father",
                  "Address" + sep + rng.choice(["{addr2:ml}", "{addr2:full}", "Not known", "Same as child"])]
        if rng.random() < 0.5:
            lines.append("Phone" + sep + "{phone:dad}")
    if rng.random() < 0.6:
        lines += ["", "OTHER HOUSEHOLD MEMBERS", rng.choice(["{sib:caps} ({sib:bro}, aged 4)", "{sib:full} - sibling",
                                                             "{partner:full} (mother's partner)"])]
    lines += ["", rng.choice(T.FORM_REASONS_INTRO)]
    for line in lines:
        doc.add(line)
        doc.text("\n")
    sentences = pick(rng, [(T.REFERRAL, 4), (T.SHARED, 2), (T.TRAPS, 1)], max(1, k // 2))
    ensure_trap(rng, sentences)
    paragraphs(doc, rng, sentences)
    doc.text("\n\n")
    doc.add(rng.choice(["Parent aware of referral" + sep + "Yes\nConsent" + sep + "Yes",
                        "Consent obtained" + sep + "No - risk of harm",
                        "Parents informed" + sep + "Yes"]))
    doc.add(f"\nSigned{sep}{{{referrer}:full}}    Date{sep}{{date:num}}")


def gen_email(doc, rng, k, depth=0):
    case = doc.case
    me = rng.choice(["sw", "sw", "tm", "dsl", "hv", "police", "fsw", "iro"])
    you = rng.choice([r for r in ["gp", "dsl", "sw", "hv", "police", "teacher", "camhs", "iro"] if r != me])
    case.alias = {"me": me, "you": you}
    doc.add(rng.choice(["From: {me:full} <{email:me}>\n", "From: {email:me}\n", "From: {me:capsfull}\n"]))
    doc.add(rng.choice(["To: {you:full} <{email:you}>\n", "To: {email:you}\n"]))
    if rng.random() < 0.3:
        doc.add("Cc: {email:tm}\n")
    doc.add(rng.choice(["Sent: {date:wd} {time}\n", "Date: {date} {time}\n", "Sent: {date}\n"]))
    doc.add("Subject: " + rng.choice(T.EMAIL_SUBJECTS) + "\n\n")
    doc.add(rng.choice(T.GREETINGS))
    doc.text("\n\n")
    sentences = pick(rng, [(T.EMAIL, 5), (T.SHARED, 3), (T.TRAPS, 1)], k)
    if k > 2:
        ensure_trap(rng, sentences)
    paragraphs(doc, rng, sentences)
    doc.text("\n\n")
    doc.add(rng.choice(T.SIGNOFFS))
    if depth == 0 and k > 3 and rng.random() < 0.35:
        doc.text(rng.choice(["\n\n-----Original Message-----\n", "\n\n________________________________\n"]))
        gen_email(doc, rng, rng.randint(1, 4), depth=1)


def gen_court(doc, rng, k):
    doc.add(rng.choice(T.COURT_HEADERS))
    sentences = pick(rng, [(T.COURT, 5), (T.SHARED, 2), (T.TRAPS, 1)], k)
    ensure_trap(rng, sentences)
    for i, t in enumerate(sentences, 1):
        doc.text(f"{i}. " if rng.random() < 0.8 else f"{i}.\t")
        doc.add(t)
        doc.text("\n\n")
    doc.add(rng.choice(["Signed: {sw:full}\nDated: {date:long}", "Statement of truth\nSigned {sw:upper}\n{date}",
                        "{sw:full}\nSocial Worker\n{date:long}"]))


def gen_social(doc, rng, k):
    if k > 1:
        doc.add(rng.choice(T.SOCIAL_HEADERS))
    sentences = pick(rng, [(T.SOCIAL, 6), (T.SHARED, 2), (T.TRAPS, 1)], k)
    if k > 2:
        ensure_trap(rng, sentences)
    paragraphs(doc, rng, sentences, doc.case.informal and rng.random() < 0.5)


GENERATORS = {
    "case_note": gen_case_note, "home_visit": gen_home_visit, "chronology": gen_chronology,
    "strategy_minutes": gen_minutes, "referral_form": gen_referral, "email": gen_email,
    "court_statement": gen_court, "social_media": gen_social,
}


def make_document(rng, names, index):
    genre = GENRES[index % len(GENRES)] if index < len(GENRES) else rng.choice(GENRES)
    informal = genre in ("case_note", "social_media", "home_visit") and rng.random() < (0.45 if genre == "case_note" else 0.2)
    case = Case(rng, names, genre, "informal" if informal else "formal")
    doc = Doc(case)
    GENERATORS[genre](doc, rng, sentence_count(rng))
    text, spans = doc.finish()
    return {"id": f"doc-{index + 1:04d}", "genre": genre, "text": text, "spans": spans,
            "known_people": case.known_people()}


# ====================================================================== checks and main


def check(doc):
    raw = doc["text"].encode("utf-8")
    last_end = 0
    prev = None
    for s in doc["spans"]:
        assert s["label"] in LABELS, s
        assert last_end <= s["start"] < s["end"] <= len(raw), (doc["id"], s)
        piece = raw[s["start"]:s["end"]].decode("utf-8")
        assert piece == piece.strip() and piece, (doc["id"], s, piece)
        if prev and prev["label"] == s["label"] == "PERSON":
            gap = raw[prev["end"]:s["start"]].decode("utf-8")
            assert gap.strip(" \t"), (doc["id"], "adjacent PERSON spans", piece)
        last_end, prev = s["end"], s


def all_templates():
    lists = [T.SHARED, T.CASE_NOTE, T.INFORMAL, T.VISIT, T.CHRONO, T.MINUTES, T.REFERRAL, T.EMAIL,
             T.COURT, T.SOCIAL, T.TRAPS, T.CASE_NOTE_HEADERS, T.VISIT_HEADERS, T.ACTION_LINES,
             T.SIGNOFFS, T.EMAIL_SUBJECTS, T.GREETINGS, T.COURT_HEADERS, T.SOCIAL_HEADERS,
             T.MINUTES_HEADERS]
    return {t for lst in lists for t in lst if t}


def main():
    ap = argparse.ArgumentParser(description="Generate the casemask synthetic corpus.")
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--docs", type=int, default=1300)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--stats", action="store_true", help="print counts per genre and label")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = NamePool(HERE / "names")
    docs = [make_document(rng, names, i) for i in range(args.docs)]
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            check(d)
            f.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
    if args.stats:
        labels = Counter(s["label"] for d in docs for s in d["spans"])
        genres = Counter(d["genre"] for d in docs)
        size = args.out.stat().st_size
        lengths = sorted(len(d["text"]) for d in docs)
        print(f"{len(docs)} documents, {size} bytes, text length min {lengths[0]} median "
              f"{lengths[len(lengths) // 2]} max {lengths[-1]} characters")
        print(f"{len(all_templates())} distinct templates; names: {names.first_count} first, "
              f"{names.sur_count} surnames")
        print("genres:", dict(sorted(genres.items())))
        print("spans:", sum(labels.values()), {l: labels[l] for l in LABELS})


if __name__ == "__main__":
    main()
