"""Synthetic identifiers for the corpus: every function takes a random.Random and returns text.

Functions that return "parts" return a list of (text, label or None) pairs, so that label words
("LCS ID ", "w/c ") stay outside the gold span.
"""
import datetime as dt
import unicodedata

# ---------------------------------------------------------------- NHS, CHI, NI, UPN


def nhs_digits(rng):
    """Ten digits with a valid modulus-11 check digit."""
    while True:
        body = [rng.choice("4567")] + [str(rng.randrange(10)) for _ in range(8)]
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(body) + str(check)


def chi_digits(rng, dob):
    """A Scottish CHI number: DDMMYY + three digits + modulus-11 check digit."""
    while True:
        body = dob.strftime("%d%m%y") + "".join(str(rng.randrange(10)) for _ in range(3))
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def nhs_number(rng):
    d = nhs_digits(rng)
    style = rng.random()
    if style < 0.6:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style < 0.9:
        return d
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


NI_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]  # never D F I Q U V
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]  # never D F I O Q U V
NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number(rng):
    if rng.random() < 0.02:
        letters, digits, suffix = "QQ", "123456", "C"  # the usual specimen
    else:
        while True:
            letters = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
            if letters not in NI_BANNED:
                break
        digits = "".join(str(rng.randrange(10)) for _ in range(6))
        suffix = rng.choice("ABCD")
    style = rng.random()
    if style < 0.45:
        text = f"{letters} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    elif style < 0.85:
        text = f"{letters}{digits}{suffix}"
    elif style < 0.95:
        text = f"{letters} {digits} {suffix}"
    else:
        text = f"{letters}{digits}{suffix}".lower()
    return text


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(rng):
    """A Unique Pupil Number: check letter + LA code + establishment + year + serial."""
    body = (
        str(rng.randrange(800, 940))
        + f"{rng.randrange(2000, 7000):04d}"
        + f"{rng.randrange(5, 25):02d}"
        + f"{rng.randrange(1000):03d}"
    )
    total = sum(int(d) * w for d, w in zip(body, range(2, 14)))
    return UPN_LETTERS[total % 23] + body


# ---------------------------------------------------------------- phones (Ofcom drama ranges)

# (national prefix without leading 0, local-number block start, width of the block's free digits)
GEO_RANGES = [
    ("1632", "960", 3),   # 01632 960xxx
    ("20", "79460", 3),   # 020 7946 0xxx
    ("113", "4960", 3),
    ("117", "4960", 3),
    ("118", "4960", 3),
    ("121", "4960", 3),
    ("131", "4960", 3),
    ("141", "4960", 3),
    ("151", "4960", 3),
    ("161", "4960", 3),
    ("191", "4980", 3),
    ("28", "96496", 3),   # 028 9649 6xxx
    ("29", "20180", 3),   # 029 2018 0xxx
]


def mobile(rng):
    sub = f"{rng.randrange(1000):03d}"
    n = "7700900" + sub  # national number without the 0
    return rng.choice(
        [
            f"0{n[:4]} {n[4:]}",
            f"0{n[:4]} {n[4:]}",
            f"0{n[:4]} {n[4:]}",
            f"0{n}",
            f"0{n[:4]} {n[4:7]} {n[7:]}",
            f"+44 {n[:4]} {n[4:]}",
            f"+44{n}",
            f"+44 (0){n[:4]} {n[4:]}",
            f"0{n[:4]}-{n[4:]}",
        ]
    )


def landline(rng):
    area, block, width = rng.choice(GEO_RANGES)
    local = block + "".join(str(rng.randrange(10)) for _ in range(width))
    if len(area) == 4:  # 01632 960123
        a, l = area, local
        forms = [f"0{a} {l}", f"0{a} {l}", f"(0{a}) {l}", f"0{a}{l}", f"+44 {a} {l}",
                 f"+44 (0){a} {l}", f"0{a} {l[:3]} {l[3:]}"]
    elif len(area) == 3:  # 0113 496 0123
        a, l = area, local
        forms = [f"0{a} {l[:3]} {l[3:]}", f"0{a} {l[:3]} {l[3:]}", f"0{a} {l}",
                 f"(0{a}) {l[:3]} {l[3:]}", f"0{a}{l}", f"+44 {a} {l[:3]} {l[3:]}"]
    else:  # 020 7946 0123
        a, l = area, local
        forms = [f"0{a} {l[:4]} {l[4:]}", f"0{a} {l[:4]} {l[4:]}", f"(0{a}) {l[:4]} {l[4:]}",
                 f"0{a}{l}", f"+44 {a} {l[:4]} {l[4:]}", f"0{a}{l[0]} {l[1:4]} {l[4:]}",
                 f"+44 (0){a} {l[:4]} {l[4:]}"]
    return rng.choice(forms)


def phone(rng, kind=None):
    if kind == "mobile" or (kind is None and rng.random() < 0.55):
        return mobile(rng)
    return landline(rng)


# ---------------------------------------------------------------- postcodes

AREAS_1 = list("BEGLMNSW")
AREAS_2 = ("AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT "
           "DY EC EH EN EX FK FY GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY LA LD LE LL LN "
           "LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN "
           "SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE").split()
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # never C I K M O V
A9A_THIRD = "ABCDEFGHJKPSTUW"
AA9A_FOURTH = "ABEHMNPRVWXY"


def outward(rng, area=None):
    if area is None:
        area = rng.choice(AREAS_2 * 3 + AREAS_1)
    if len(area) == 1:
        shape = rng.random()
        if shape < 0.5:
            return f"{area}{rng.randrange(1, 10)}"
        if shape < 0.9 or area not in "ENW":
            return f"{area}{rng.randrange(10, 30)}"
        return f"{area}{rng.randrange(1, 10)}{rng.choice(A9A_THIRD)}"
    if area in ("EC", "SW", "WC", "SE", "NW") and rng.random() < 0.25:
        return f"{area}{rng.randrange(1, 3)}{rng.choice(AA9A_FOURTH)}"
    if rng.random() < 0.55:
        return f"{area}{rng.randrange(1, 10)}"
    return f"{area}{rng.randrange(10, 30)}"


def postcode(rng, area=None):
    if rng.random() < 0.003:
        out, inw = "GIR", "0AA"
    else:
        out = outward(rng, area)
        inw = f"{rng.randrange(10)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return f"{out} {inw}"


def postcode_written(rng, pc, informal=False):
    r = rng.random()
    if informal and r < 0.3:
        return pc.lower().replace(" ", "") if rng.random() < 0.5 else pc.lower()
    if r < 0.06:
        return pc.replace(" ", "")
    return pc


# ---------------------------------------------------------------- dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


NUMERIC_STYLES = ["dmy_slash", "dmy_slash", "dmy_slash_short", "dmy_dot_short", "dmy_dot",
                  "dmy_dash", "iso", "dmy_slash_nopad"]
WORD_STYLES = ["d_month_y", "d_month_y", "ord_month_y", "d_mon_y", "d_mon_yy", "month_d_y",
               "ord_of_month", "ord_of_month_y", "d_month", "ord_month", "wd_d_month",
               "wd_ord_month_y", "month_y", "mon_y", "d_mon_dash_y", "month_ord_y", "wdshort_numeric"]


def date_text(d, style):
    """Returns (prefix, date span text) for a date in the given style."""
    day, mon, year = d.day, d.month, d.year
    M, Mon = MONTHS[mon - 1], MONTHS[mon - 1][:3]
    wd = WEEKDAYS[d.weekday()]
    table = {
        "dmy_slash": f"{day:02d}/{mon:02d}/{year}",
        "dmy_slash_nopad": f"{day}/{mon}/{year}",
        "dmy_slash_short": f"{day:02d}/{mon:02d}/{year % 100:02d}",
        "dmy_dot_short": f"{day:02d}.{mon:02d}.{year % 100:02d}",
        "dmy_dot": f"{day:02d}.{mon:02d}.{year}",
        "dmy_dash": f"{day:02d}-{mon:02d}-{year}",
        "iso": d.isoformat(),
        "d_month_y": f"{day} {M} {year}",
        "ord_month_y": f"{ordinal(day)} {M} {year}",
        "d_mon_y": f"{day} {Mon} {year}",
        "d_mon_yy": f"{day} {Mon} {year % 100:02d}",
        "d_mon_dash_y": f"{day:02d}-{Mon}-{year}",
        "month_d_y": f"{M} {day}, {year}",
        "month_ord_y": f"{M} {ordinal(day)} {year}",
        "ord_of_month": f"{ordinal(day)} of {M}",
        "ord_of_month_y": f"{ordinal(day)} of {M} {year}",
        "d_month": f"{day} {M}",
        "ord_month": f"{ordinal(day)} {M}",
        "wd_d_month": f"{wd} {day} {M}",
        "wd_ord_month_y": f"{wd} {ordinal(day)} {M} {year}",
        "wdshort_numeric": f"{wd[:3]} {day:02d}/{mon:02d}/{year % 100:02d}",
        "month_y": f"{M} {year}",
        "mon_y": f"{Mon} {year}",
        "d_mon": f"{day} {Mon}",
        "the_ord": f"the {ordinal(day)}",
    }
    return table[style]


def date_parts(rng, d, style):
    if style == "wc":
        return [("w/c ", None), (date_text(d - dt.timedelta(days=d.weekday()), "d_mon"), "DATE")]
    if style == "on_the":
        return [("on ", None), (date_text(d, "the_ord"), "DATE")]
    return [(date_text(d, style), "DATE")]


# ---------------------------------------------------------------- case and reference numbers


def digits(rng, n, lead_nonzero=True):
    first = str(rng.randrange(1, 10)) if lead_nonzero else str(rng.randrange(10))
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 1))


CM_LABELS = ["LCS ID ", "LCS ID: ", "LCS no. ", "Mosaic ID: ", "Mosaic ID ", "Mosaic no ",
             "Person ID ", "Person ID: ", "Child ID: ", "Client ID ", "Liquidlogic ID ",
             "Eclipse ID: ", "ICS ID ", "CareFirst no. ", "Frameworki ID ", "ID ", "ID no. ",
             "Subject ID: "]


def cm_id(rng):
    """Case-management person or case ID, with its label words (outside the span)."""
    return [(rng.choice(CM_LABELS), None), (digits(rng, rng.randrange(5, 11)), "CASE_NUMBER")]


def case_ref(rng, year):
    yy, yyyy = year % 100, year
    forms = [
        f"{yyyy}/{rng.randrange(1, 9999):04d}",
        f"SW/{yyyy}/{rng.randrange(1, 99999):05d}",
        f"CP/{yyyy}/{rng.randrange(1, 999):03d}",
        f"CS-{yyyy}-{rng.randrange(1, 999999):06d}",
        f"EH/{yy:02d}/{rng.randrange(1000, 9999)}",
        f"R-{yyyy}-{rng.randrange(1, 99999):05d}",
        f"CIN/{yy:02d}/{rng.randrange(100, 9999)}",
        f"MASH-{yy:02d}-{rng.randrange(1000, 99999)}",
        f"FD{yy:02d}{rng.randrange(10000, 99999)}",
        f"LADO/{yyyy}/{rng.randrange(10, 999):03d}",
        f"CSC{rng.randrange(100000, 999999)}",
        f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{rng.randrange(100000, 9999999)}",
    ]
    return rng.choice(forms)


REF_LABELS = ["Case no. ", "Case No: ", "Our ref: ", "Your ref: ", "Ref: ", "ref ", "Ref. ",
              "Referral ref ", "Case ref: ", "Reference: ", "CP plan no. ", "Plan ref ",
              "Referral no. ", "Record no. "]


def case_ref_parts(rng, year):
    return [(rng.choice(REF_LABELS), None), (case_ref(rng, year), "CASE_NUMBER")]


COURT_CODES = ["BN", "BH", "LS", "MA", "BM", "ZW", "ZC", "LV", "NE", "SD", "BS", "CF", "WD", "ZE",
               "CV", "PO", "HP", "LU", "NG", "SO"]


def court_number(rng, year):
    kind = rng.choice("CCCCCP")
    return f"{rng.choice(COURT_CODES)}{year % 100:02d}{kind}{rng.randrange(1, 99999):05d}"


def crime_ref(rng, year):
    forms = [
        f"47{year % 100:02d}0{rng.randrange(100000, 999999)}",
        f"47{rng.randrange(100000000, 999999999)}",
        f"CRN {rng.randrange(1000000, 9999999)}/{year % 100:02d}",
        f"{rng.randrange(1, 99):02d}/{rng.randrange(10000, 99999)}/{year % 100:02d}",
        f"{rng.choice(['CR', 'ZA', 'HS'])}/{rng.randrange(10000, 999999)}/{year % 100:02d}",
        f"{year}-{rng.randrange(1, 9999999):07d}",
    ]
    text = rng.choice(forms)
    if text.startswith("CRN "):
        return [("CRN ", None), (text[4:], "CASE_NUMBER")]
    return [(text, "CASE_NUMBER")]


def cad_ref(rng, d):
    """'CAD 1234 12/03/19' -> span '1234 12/03/19' (the incident number includes its date)."""
    num = f"{rng.randrange(1, 9999):04d}"
    if rng.random() < 0.6:
        return [("CAD ", None), (f"{num} {d.day:02d}/{d.month:02d}/{d.year % 100:02d}", "CASE_NUMBER")]
    return [("CAD ", None), (f"{num}/{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d}",
                             "CASE_NUMBER")]


# ---------------------------------------------------------------- email and handles


FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ø": "o",
                      "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ð": "d", "þ": "th"})


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isascii() and c.isalnum())


PRO_DOMAINS = ["brighton-hove.gov.uk", "westshire.gov.uk", "eastvale.gov.uk", "example.org",
               "nhs.example.net", "example.gov.uk", "northfield-academy.example.org",
               "police.example.org"]
PERSONAL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com"]


def email(rng, first, surname, professional, birth_year=None):
    f, s = slug(first), slug(surname.split()[-1])
    if professional:
        local = rng.choice([f"{f}.{s}", f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}", f"{s}.{f}"])
        return f"{local}@{rng.choice(PRO_DOMAINS)}"
    yy = f"{birth_year % 100:02d}" if birth_year else str(rng.randrange(1, 99))
    local = rng.choice([f"{f}.{s}{yy}", f"{f}{s[0]}{birth_year or ''}", f"{f}_{s}",
                        f"{f}{rng.randrange(1, 999)}", f"xx{f}xx", f"{f[:4]}.{s[:4]}",
                        f"{s}{f[0]}{yy}", f"{f}.{s}"])
    return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"


def handle_name(rng, first, surname, birth_year=None):
    f, s = slug(first), slug(surname.split()[-1])
    yy = f"{birth_year % 100:02d}" if birth_year else str(rng.randrange(1, 99))
    return rng.choice([
        f"{f[:4]}_{s[0]}", f"{f}.{s}", f"{f}{yy}", f"_{f}x", f"{f}_{s}{yy}", f"its.{f}",
        f"{f[:3]}z_{s[:3]}", f"xo{f}xo", f"{f}.{s[:1]}.{yy}", f"real{f}{s[:2]}", f"{s}_{f[:1]}",
        f"{f}__{yy}",
    ])


SITES = [
    ("instagram.com/{h}", "Instagram"), ("www.instagram.com/{h}/", "Instagram"),
    ("https://www.instagram.com/{h}", "Instagram"), ("tiktok.com/@{h}", "TikTok"),
    ("https://www.tiktok.com/@{h}", "TikTok"), ("facebook.com/{h}", "Facebook"),
    ("https://www.facebook.com/{h}", "Facebook"), ("x.com/{h}", "X"), ("twitter.com/{h}", "Twitter"),
    ("snapchat.com/add/{h}", "Snapchat"), ("youtube.com/@{h}", "YouTube"),
]


def profile_url(rng, handle):
    pattern, site = rng.choice(SITES)
    if site == "Facebook" and rng.random() < 0.3:
        return f"facebook.com/profile.php?id=1000{rng.randrange(10**10, 10**11)}", site
    return pattern.format(h=handle), site
