//! DATE: numeric (day first unless configured), ISO, written months with ordinals, month and
//! year, weekday and date, "the 5th". Calendar-invalid dates (31/02/2021) are not dates.
//! Times, durations, ages, money and section numbers never match these shapes.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::candidate;
use super::cues::Cues;
use super::shapes::{digits, first_at_digits, Runs};
use super::windows::{glued_finds_by, Groups, Pattern, Reach};
use crate::lexicon::MONTHS;
use crate::tokens::{glued_boundary, Kind, Token};
use crate::{DateOrder, Label, Span};

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY: &str = r"(?:mon|tue|tues|wed|weds|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?";

// The patterns have no word boundaries of their own: `Pattern::glued_finds` and `glued_boundary` check
// where a date starts and ends, so that one run into the text next to it ("Brighton12/03/2019",
// "1st February 2010Jade") is found too. Digits are `[0-9]`, not the Unicode `\d`: other
// scripts' digits never parse as a day or a year, and the ASCII class keeps the automata small.

// NUMERIC and ISO have no groups: their parts are read off the match (`Parts`), which is
// cheaper than the capturing engine.
static NUMERIC: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})"));

static ISO: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(r"[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}"));

// NUMERIC and ISO are found by hand (`shapes`), their regexes kept for `parse` and the tests.

/// NUMERIC at `start` (`shapes::Shape`): `[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})`,
/// trying what the regex prefers first: two digits before one, four before two.
fn numeric_at(b: &[u8], start: usize, limit: usize) -> Option<usize> {
    for day in [2, 1] {
        let Some(i) = digits(b, start, day, limit).and_then(|i| date_separator(b, i, limit)) else {
            continue;
        };
        for month in [2, 1] {
            let Some(j) = digits(b, i, month, limit).and_then(|j| date_separator(b, j, limit)) else {
                continue;
            };
            if let Some(end) = digits(b, j, 4, limit).or_else(|| digits(b, j, 2, limit)) {
                return Some(end);
            }
        }
    }
    None
}

/// ISO at `start`: `[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}`.
fn iso_at(b: &[u8], start: usize, limit: usize) -> Option<usize> {
    let i = digits(b, start, 4, limit).and_then(|i| date_separator(b, i, limit))?;
    for month in [2, 1] {
        let Some(j) = digits(b, i, month, limit).and_then(|j| date_separator(b, j, limit)) else { continue };
        if let Some(end) = digits(b, j, 2, limit).or_else(|| digits(b, j, 1, limit)) {
            return Some(end);
        }
    }
    None
}

/// `[/.\-]` at `i`.
fn date_separator(b: &[u8], i: usize, limit: usize) -> Option<usize> {
    (i < limit && matches!(b[i], b'/' | b'.' | b'-')).then_some(i + 1)
}

/// A NUMERIC or ISO match split at its separators: three runs of digits and the two separators.
struct Parts<'t> {
    a: &'t str,
    sep1: &'t str,
    b: &'t str,
    sep2: &'t str,
    c: &'t str,
}

impl<'t> Parts<'t> {
    fn of(s: &'t str) -> Parts<'t> {
        let first = s.bytes().position(|b| !b.is_ascii_digit()).expect("a separator");
        let second =
            first + 1 + s[first + 1..].bytes().position(|b| !b.is_ascii_digit()).expect("a separator");
        Parts {
            a: &s[..first],
            sep1: &s[first..first + 1],
            b: &s[first + 1..second],
            sep2: &s[second..second + 1],
            c: &s[second + 1..],
        }
    }

    /// The parts of `s` when the whole of it is one match of `re`.
    fn whole(re: &Pattern, s: &'t str) -> Option<Parts<'t>> {
        re.whole(s, |_| Some(Parts::of(s)))
    }
}

/// "12th March 2019", "3rd of May", "12 Mar 19", "Monday 12 March", "12-Mar-2019".
static DAY_MONTH: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i)(?:{WEEKDAY}\.?,?\s+(?:the\s+)?)?([0-9]{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+{MONTH}(?:,?[\s\-]+('?[0-9]{{4}}|'?[0-9]{{2}}))?"
    ))
});

/// "March 12, 2019", "Tuesday, March 12th": month, day, ordinal suffix, year; then a character
/// that is no digit (matched, but not part of the date: see `month_day_end`), so that "March
/// 2019" is not tried as a day of March.
static MONTH_DAY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i)(?:{WEEKDAY},?\s+)?{MONTH}\.?\s+([0-9]{{1,2}})(st|nd|rd|th)?(?:,?\s+([0-9]{{4}}))?(?:[^0-9]|$)"
    ))
});

/// Where a `MONTH_DAY` date ends: after its year, suffix or day.
fn month_day_end(c: &Groups) -> usize {
    c.get(4).or(c.get(3)).or(c.get(2)).map_or(0, |g| g.end())
}

/// "March 2019", "Mar-19", "Mar '19".
static MONTH_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(r"(?i){MONTH}\.?(?:,?\s+([0-9]{{4}})|(?:-|\s'|\s’)([0-9]{{2}}))"))
});

/// The words after which "the 5th" is a date ("on the 5th").
const ORDINAL_AFTER: &str =
    "on|by|from|until|till|since|before|after|to|for|and|or|is|was|visit|meeting|review|appointment|due|next";

/// "on the 5th", "Monday the 12th", "Friday 3rd": a day without a month. The date is the first
/// group from "the" or the second from the weekday (see `ordinal_start`).
static ORDINAL: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i)(?-u:\b)(?:(?:(?:{ORDINAL_AFTER})\s+|(?m:^)[\ \t]*|[:,][\ \t]*)(the\s+[0-9]{{1,2}}(?:st|nd|rd|th))|({WEEKDAY}\s+(?:the\s+)?[0-9]{{1,2}}(?:st|nd|rd|th)))(?-u:\b)"
    ))
});

/// Whether `word` is `ascii` (lowercase) to `(?i)`, which also takes 'ſ' for an `s` and the
/// Kelvin sign for a `k` ("ſince").
fn is_folded(word: &str, ascii: &str) -> bool {
    let fold = |c: char| match c {
        'ſ' => 's',
        '\u{212a}' => 'k',
        c => c.to_ascii_lowercase(),
    };
    word.chars().map(fold).eq(ascii.chars())
}

/// Where the date in an `ORDINAL` match starts, read off the match: at "the" when the match
/// starts with a word of `ORDINAL_AFTER`, with "the" or with no word (a colon, a comma or spaces), else at
/// the weekday that starts it.
fn ordinal_start(text: &str, m: Range<usize>) -> usize {
    let s = &text[m.clone()];
    let word = &s[..s.find(|c: char| c == ':' || c == ',' || c.is_whitespace()).unwrap_or(s.len())];
    let after_word =
        word.is_empty() || is_folded(word, "the") || ORDINAL_AFTER.split('|').any(|w| is_folded(word, w));
    if !after_word {
        return m.start;
    }
    // "the" is ASCII: no other character matches its letters under `(?i)`.
    let day = s.find(|c: char| c.is_ascii_digit()).expect("a day");
    m.start + s[..day].trim_end().len() - "the".len()
}

/// Whether the text after an ordinal goes on with what it counts ("the 3rd floor", "the 2nd
/// time"): a lowercase word that is no preposition, conjunction or start of a clause.
fn counts_something(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t']);
    let word = &rest[..rest.find(|c: char| !c.is_ascii_lowercase()).unwrap_or(rest.len())];
    !word.is_empty()
        && !matches!(
            word,
            "at" | "of"
                | "to"
                | "and"
                | "or"
                | "in"
                | "on"
                | "for"
                | "until"
                | "till"
                | "from"
                | "when"
                | "if"
                | "as"
                | "but"
                | "so"
                | "is"
                | "was"
                | "will"
                | "we"
                | "i"
                | "she"
                | "he"
                | "they"
                | "please"
                | "between"
                | "with"
                | "by"
                | "then"
                | "unless"
                | "after"
                | "before"
        )
}

static FOLLOWED_BY_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:\s+of)?[\s\-]+{MONTH}(?-u:\b)")).unwrap());

// `find` reads the groups of DAY_MONTH, MONTH_DAY and MONTH_YEAR off the match: the capturing
// engine cost more than the search. Their parts are told apart by digits, letters and
// separators, never by byte counts: `(?i)` letters also match 'ſ' (long s) and the Kelvin sign,
// so "Auguſt" or "1ſt" take more bytes than letters.

/// Whether `c` separates the parts of a written date (`[\s\-]`, or the comma before a year).
fn is_date_sep(c: char) -> bool {
    c == ',' || c == '-' || c.is_whitespace()
}

/// The byte range of the first run of ASCII digits in `s` at or after `from`, if any.
fn digit_run(s: &str, from: usize) -> Option<Range<usize>> {
    let start = from + s[from..].find(|c: char| c.is_ascii_digit())?;
    let end = s[start..].find(|c: char| !c.is_ascii_digit()).map_or(s.len(), |n| start + n);
    Some(start..end)
}

/// A written date's groups read off its match, as byte ranges of the text.
#[derive(Debug, PartialEq, Eq)]
struct Written {
    /// The day's digits (none in `MONTH_YEAR`).
    day: Option<Range<usize>>,
    /// The ordinal suffix after the day, where it is a group (`MONTH_DAY`).
    suffix: Option<Range<usize>>,
    month: Range<usize>,
    year: Option<Range<usize>>,
}

impl Written {
    /// A match's groups from ranges in the match (`m`) to ranges in the text.
    fn at(
        m: &Range<usize>,
        day: Option<Range<usize>>,
        suffix: Option<Range<usize>>,
        month: Range<usize>,
        year: Option<Range<usize>>,
    ) -> Written {
        let shift = |r: Range<usize>| r.start + m.start..r.end + m.start;
        Written { day: day.map(shift), suffix: suffix.map(shift), month: shift(month), year: year.map(shift) }
    }

    /// The groups of a `DAY_MONTH` match: the day is its first digits (a weekday before it has
    /// none), a year the digits it ends with (and the quote before them), and the month the
    /// word before the year's separators.
    fn day_month(text: &str, m: Range<usize>) -> Written {
        let s = &text[m.clone()];
        let day = digit_run(s, 0).expect("a day");
        let body = s.trim_end_matches(|c: char| c.is_ascii_digit());
        let year = (body.len() < s.len()).then(|| body.strip_suffix('\'').unwrap_or(body).len()..s.len());
        let month_end = year.as_ref().map_or(s.len(), |y| s[..y.start].trim_end_matches(is_date_sep).len());
        let month_start = s[..month_end].trim_end_matches(|c| !is_date_sep(c)).len();
        Written::at(&m, Some(day), None, month_start..month_end, year)
    }

    /// The groups of a `MONTH_DAY` match: the month is the word before `\.?\s+` and the day,
    /// a year the four digits after the day and its suffix.
    fn month_day(text: &str, m: Range<usize>) -> Written {
        let s = &text[m.clone()];
        let day = digit_run(s, 0).expect("a day");
        let before = s[..day.start].trim_end();
        let before = before.strip_suffix('.').unwrap_or(before);
        let month_start = before.trim_end_matches(|c: char| !c.is_whitespace()).len();
        // After the day come two suffix letters, or the year's `,?\s+`, or the one character
        // (or none) that closes the match: two characters, the first no separator, are a suffix.
        let mut after = s[day.end..].char_indices();
        let suffix = match (after.next(), after.next()) {
            (Some((_, a)), Some((i, b))) if a != ',' && !a.is_whitespace() => {
                Some(day.end..day.end + i + b.len_utf8())
            }
            _ => None,
        };
        let day_end = suffix.as_ref().map_or(day.end, |x| x.end);
        let year = digit_run(s, day_end).map(|y| y.start..y.start + 4);
        Written::at(&m, Some(day), suffix, month_start..before.len(), year)
    }

    /// The groups of a `MONTH_YEAR` match: the month is its first word, the year its digits.
    fn month_year(text: &str, m: Range<usize>) -> Written {
        let s = &text[m.clone()];
        let month_end = s.find(|c: char| c == '.' || is_date_sep(c)).expect("a separator");
        let year = digit_run(s, month_end).expect("a year");
        Written::at(&m, None, None, 0..month_end, Some(year))
    }
}

/// A date as written: any part may be missing ("March 2019" has no day).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Date {
    pub year: Option<i32>,
    pub month: u32,
    pub day: Option<u32>,
}

impl Date {
    /// Whether this date, as written, could be `known` (parts not written are not compared).
    pub fn matches(&self, known: &Date) -> bool {
        self.month == known.month
            && (self.day.is_none() || known.day.is_none() || self.day == known.day)
            && (self.year.is_none() || known.year.is_none() || self.year == known.year)
            && (self.day.is_some() || self.year.is_some())
    }
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_end_matches('.');
    MONTHS.iter().find(|(m, _)| *m == lower).map(|(_, n)| *n).or(match lower {
        "sept" | "september" => Some(9),
        _ => None,
    })
}

fn days_in_month(month: u32, year: Option<i32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// Two-digit years: 00 to 30 are 2000s, later ones 1900s.
fn expand_year(digits: &str) -> Option<i32> {
    let digits = digits.trim_start_matches(['\'', '’']);
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        4 if (1900..=2100).contains(&y) => Some(y),
        2 if y <= 30 => Some(2000 + y),
        2 => Some(1900 + y),
        _ => None,
    }
}

fn valid(day: Option<u32>, month: u32, year: Option<i32>) -> Option<Date> {
    if !(1..=12).contains(&month) {
        return None;
    }
    if let Some(d) = day {
        if d == 0 || d > days_in_month(month, year) {
            return None;
        }
    }
    Some(Date { year, month, day })
}

fn numeric(a: &str, b: &str, year: &str, order: DateOrder) -> Option<Date> {
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let (day, month) = match order {
        DateOrder::Dmy => (a, b),
        DateOrder::Mdy => (b, a),
    };
    valid(Some(day), month, Some(expand_year(year)?))
}

/// Reads a date written in any supported shape (used for `known_values`).
pub(crate) fn parse(text: &str, order: DateOrder) -> Option<Date> {
    let t = text.trim();
    None.or_else(|| {
        let p = Parts::whole(&ISO, t)?;
        valid(Some(p.c.parse().ok()?), p.b.parse().ok()?, Some(p.a.parse().ok()?))
    })
    .or_else(|| Parts::whole(&NUMERIC, t).and_then(|p| numeric(p.a, p.b, p.c, order)))
    .or_else(|| {
        DAY_MONTH.whole(t, |c| {
            let year = match c.get(3) {
                Some(y) => Some(expand_year(y.as_str())?),
                None => None,
            };
            valid(Some(c[1].parse().ok()?), month_number(&c[2])?, year)
        })
    })
    .or_else(|| {
        MONTH_DAY.whole(t, |c| {
            if month_day_end(c) != t.len() {
                return None;
            }
            let year = c.get(4).and_then(|y| expand_year(y.as_str()));
            valid(Some(c[2].parse().ok()?), month_number(&c[1])?, year)
        })
    })
    .or_else(|| {
        MONTH_YEAR.whole(t, |c| {
            let y = c.get(2).or(c.get(3))?;
            valid(None, month_number(&c[1])?, Some(expand_year(y.as_str())?))
        })
    })
}

/// The year written in a date, for the `year_only` operator.
pub(crate) fn year_of(text: &str) -> Option<i32> {
    if let Some(d) = parse(text, DateOrder::Dmy).or_else(|| parse(text, DateOrder::Mdy)) {
        return d.year;
    }
    None
}

/// Whether a numeric match is part of a longer dotted or dashed number ("1.2.3.4", "10-12-14-16").
/// Only the date's own separator `sep` (or a colon) continues it: "07700 900123-12/03/2019" is a
/// phone number then a date.
fn inside_longer_number(text: &str, start: usize, end: usize, sep: &str) -> bool {
    let before = &text.as_bytes()[..start];
    let after = &text.as_bytes()[end..];
    let sep = sep.as_bytes()[0];
    let runs_on = |s: Option<&u8>, digit: Option<&u8>| {
        s.is_some_and(|&s| s == sep || s == b':') && digit.is_some_and(u8::is_ascii_digit)
    };
    runs_on(before.last(), before.len().checked_sub(2).and_then(|i| before.get(i)))
        || runs_on(after.first(), after.get(1))
}

/// Whether a date may end at byte `at`: at a [`glued_boundary`], but digits run into lowercase
/// letters are a time or a count ("May 10am", "12 March 10pm"), not a day or a year.
fn ends_here(text: &str, at: usize) -> bool {
    glued_boundary(text, at)
        && !(text[..at].ends_with(|c: char| c.is_ascii_digit())
            && text[at..].starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Words after a day and month with no year that make it a count, a fraction or a period of
/// time instead: "24/7 care", "3/4 of", "1/2 an hour", "3/7 ago" (three days, in health notes).
const NOT_DATE_AFTER: &[&str] = &[
    "a",
    "access",
    "an",
    "ago",
    "basis",
    "care",
    "cover",
    "d",
    "day",
    "days",
    "hour",
    "hours",
    "hr",
    "hrs",
    "later",
    "marks",
    "min",
    "mins",
    "minutes",
    "month",
    "months",
    "mths",
    "of",
    "old",
    "points",
    "pts",
    "split",
    "supervision",
    "support",
    "term",
    "times",
    "vision",
    "week",
    "weeks",
    "wk",
    "wks",
];

/// Words before a day and month with no year that make it a score: "DASH 12/27", "scored 9/10".
const NOT_DATE_BEFORE: &[&str] = &[
    "dash", "grade", "level", "mark", "marks", "pain", "rated", "rating", "scale", "score", "scored",
    "scores", "sdq",
];

/// Day and month with no year, "18/6", "Fri 14/06", as chronologies and logs write them. Only
/// with a slash (a dot is a decimal, a dash a range), a valid day of a valid month in the
/// configured order, and none of the words around it that make it a count or a score.
fn find_day_month(text: &str, tokens: &[Token], order: DateOrder, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let small_number = |t: &Token| t.kind == Kind::Number && t.end - t.start <= 2;
    let word_at = |i: usize| tokens.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text(text));
    let listed = |word: Option<&str>, list: &[&str]| {
        word.is_some_and(|w| w.len() <= 11 && list.iter().any(|l| l.eq_ignore_ascii_case(w)))
    };
    // Only the tokens before a slash are read.
    for at in memchr::memchr_iter(b'/', b) {
        let Some(i) = tokens.partition_point(|t| t.start < at).checked_sub(1) else { continue };
        if i + 2 >= tokens.len() {
            continue;
        }
        let (first, slash, second) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
        if !small_number(first) || !slash.is(text, b'/') || slash.space_before || !small_number(second) {
            continue;
        }
        if second.space_before || first.start > 0 && !glued_boundary(text, first.start) {
            continue;
        }
        // Not part of a longer date, number or code: "12/03/2019", "1/2/3", "A12/3", "£3/4".
        let (start, end) = (first.start, second.end);
        let before = b[..start].last().copied();
        let glued_before = before.is_some_and(|c| c.is_ascii_alphanumeric() || b"/.-:+$".contains(&c));
        let runs_on = b.get(end).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'/')
            || b.get(end).is_some_and(|&c| b".-:".contains(&c))
                && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if glued_before || runs_on || text[..start].ends_with('£') {
            continue;
        }
        let (a, c): (u32, u32) =
            (first.text(text).parse().unwrap_or(0), second.text(text).parse().unwrap_or(0));
        let (day, month) = match order {
            DateOrder::Dmy => (a, c),
            DateOrder::Mdy => (c, a),
        };
        if valid(Some(day), month, None).is_none() {
            continue;
        }
        let next_word =
            tokens.get(i + 3).filter(|t| t.kind == Kind::Word && !t.newline_before).map(|t| t.text(text));
        let before_word = (i > 0 && !first.newline_before).then(|| word_at(i - 1)).flatten();
        let from = with_weekday(text, start);
        let weekday = from < start;
        // "24/7" is round the clock; "24/07" is a day.
        let round_the_clock = &text[start..end] == "24/7";
        if !weekday
            && (listed(next_word, NOT_DATE_AFTER) || listed(before_word, NOT_DATE_BEFORE) || round_the_clock)
        {
            continue;
        }
        out.push(candidate(from, end, Label::Date, 0.8, "date.day_month"));
    }
}

/// Extends a date's start left over a weekday written before it ("Tue 17/12/24").
fn with_weekday(text: &str, start: usize) -> usize {
    let before = text[..start].trim_end_matches([' ', ',']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].to_ascii_lowercase();
    if before.len() < start && crate::lexicon::WEEKDAYS.contains(&word.as_str()) {
        word_start
    } else {
        start
    }
}

/// How far the written-date patterns reach from a month name, and "the 5th" from its ordinal,
/// in tokens ("Wednesday, the 12th of September, 2019").
const MONTH_REACH: Reach = Reach { back: 10, ahead: 8 };
const ORDINAL_REACH: Reach = Reach { back: 4, ahead: 1 };

/// Finds the dates in `text`; the numeric and ISO ones inside `digits`, the windows that can
/// hold one (`super::digit_windows`).
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    digits: &[Range<usize>],
    runs: &Runs,
    order: DateOrder,
    cues: &Cues,
    out: &mut Vec<Span>,
) {
    if digits.is_empty() {
        return;
    }
    let numeric_find = |at, to| first_at_digits(text.as_bytes(), runs, at, to, numeric_at);
    glued_finds_by(text, digits, numeric_find, |m| {
        let p = Parts::of(&text[m.clone()]);
        if p.sep1 != p.sep2 || !ends_here(text, m.end) || inside_longer_number(text, m.start, m.end, p.sep1) {
            return None;
        }
        // "v1.2.21" is a version, not a date.
        if p.sep1 == "." && text[..m.start].ends_with(|ch: char| ch.is_ascii_alphabetic()) {
            return None;
        }
        numeric(p.a, p.b, p.c, order)?;
        let score = match (p.c.len(), p.sep1) {
            (4, _) => 0.95,
            (_, ".") => 0.8,
            _ => 0.9,
        };
        out.push(candidate(with_weekday(text, m.start), m.end, Label::Date, score, "date.numeric"));
        Some(m.end)
    });
    let iso_find = |at, to| first_at_digits(text.as_bytes(), runs, at, to, iso_at);
    glued_finds_by(text, digits, iso_find, |m| {
        let p = Parts::of(&text[m.clone()]);
        if p.sep1 != p.sep2 || !ends_here(text, m.end) || inside_longer_number(text, m.start, m.end, p.sep1) {
            return None;
        }
        let ok = (|| valid(Some(p.c.parse().ok()?), p.b.parse().ok()?, Some(p.a.parse().ok()?)))();
        if ok.is_none() || !(1900..=2100).contains(&p.a.parse::<i32>().unwrap_or(0)) {
            return None;
        }
        out.push(candidate(m.start, m.end, Label::Date, 0.95, "date.iso"));
        Some(m.end)
    });
    find_day_month(text, tokens, order, out);
    if cues.has(Cues::MONTH) {
        let near = cues.near(tokens, Cues::MONTH, MONTH_REACH);
        DAY_MONTH.glued_finds(text, &near, |m| {
            let w = Written::day_month(text, m.clone());
            // A year run into more digits is no year ("12 March 20191" is "12 March").
            let (end, year) = match w.year {
                Some(y) if ends_here(text, y.end) => match expand_year(&text[y.clone()]) {
                    Some(year) => (y.end, Some(year)),
                    None => return None,
                },
                _ => (w.month.end, None),
            };
            if !ends_here(text, w.month.end) {
                return None; // "12 Marching"
            }
            // "29/03/20 March": a numeric date's year is no day of a written one.
            let day_at = w.day.clone()?.start;
            let before = &text.as_bytes()[..day_at];
            if before.len() >= 2
                && b"/.-".contains(&before[before.len() - 1])
                && before[before.len() - 2].is_ascii_digit()
            {
                return None;
            }
            let day = text[w.day?].parse().ok();
            let (Some(day), Some(month)) = (day, month_number(&text[w.month])) else { return None };
            valid(Some(day), month, year)?;
            out.push(candidate(m.start, end, Label::Date, 0.95, "date.written"));
            Some(end)
        });
        MONTH_DAY.glued_finds(text, &near, |m| {
            let w = Written::month_day(text, m.clone());
            let day = w.day?;
            let day_end = w.suffix.map_or(day.end, |x| x.end);
            if !ends_here(text, day_end) {
                return None;
            }
            let (end, year) = match w.year {
                Some(y) if ends_here(text, y.end) => (y.end, expand_year(&text[y])),
                _ => (day_end, None),
            };
            // "May 10:30" is a time; "March 12 children" reads oddly but "12" is still a day.
            if text[end..].starts_with(':') {
                return None;
            }
            let name = &text[w.month];
            let (Some(day), Some(month)) = (text[day].parse().ok(), month_number(name)) else { return None };
            valid(Some(day), month, year)?;
            let score =
                if year.is_some() || name.len() > 3 && !name.eq_ignore_ascii_case("may") { 0.9 } else { 0.8 };
            out.push(candidate(m.start, end, Label::Date, score, "date.written"));
            Some(end)
        });
        MONTH_YEAR.glued_finds(text, &near, |m| {
            let w = Written::month_year(text, m.clone());
            if !ends_here(text, m.end)
                || expand_year(&text[w.year?]).is_none()
                || month_number(&text[w.month]).is_none()
            {
                return None;
            }
            out.push(candidate(m.start, m.end, Label::Date, 0.9, "date.month_year"));
            Some(m.end)
        });
    }
    if !cues.has(Cues::ORDINAL) {
        return;
    }
    ORDINAL.each_match(text, &cues.near(tokens, Cues::ORDINAL, ORDINAL_REACH), |m| {
        if FOLLOWED_BY_MONTH.is_match(&text[m.end..]) {
            return; // a written date covers it
        }
        let s = &text[m.clone()];
        let day: u32 = s[digit_run(s, 0).expect("a day")].parse().unwrap_or(0);
        if (1..=31).contains(&day) && !counts_something(&text[m.end..]) {
            out.push(candidate(ordinal_start(text, m.clone()), m.end, Label::Date, 0.75, "date.ordinal"));
        }
    });
    find_clause_ordinals(text, tokens, out);
}

/// "the 19th" that ends a clause, after any word ("booked for Tom the 19th;", "letter received
/// the 14th."): ORDINAL wants a word such as "on" before it, but a day closing its sentence is
/// a date wherever it stands.
fn find_clause_ordinals(text: &str, tokens: &[Token], out: &mut Vec<Span>) {
    for i in 1..tokens.len() {
        let t = &tokens[i];
        if t.kind != Kind::Alnum || !super::cues::is_ordinal(t.text(text)) || t.newline_before {
            continue;
        }
        let the = &tokens[i - 1];
        if !the.text(text).eq_ignore_ascii_case("the") || !t.space_before {
            continue;
        }
        let day: u32 = t.text(text).trim_end_matches(char::is_alphabetic).parse().unwrap_or(0);
        let closes = match tokens.get(i + 1) {
            None => true,
            Some(next) => {
                next.newline_before
                    || next.kind == Kind::Punct && b".;,)!?".contains(&text.as_bytes()[next.start])
            }
        };
        if (1..=31).contains(&day) && closes {
            out.push(candidate(the.start, t.end, Label::Date, 0.75, "date.ordinal"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Finder = (&'static LazyLock<Pattern>, crate::detect::shapes::Shape);

    const SHAPES: [Finder; 2] = [(&NUMERIC, numeric_at), (&ISO, iso_at)];

    fn digit_texts(count: usize, words: usize, seed: u64) -> Vec<String> {
        let pieces = [
            "12",
            "3",
            "2019",
            "19",
            "1",
            "07",
            "123",
            "20190",
            "/",
            ".",
            "-",
            "/",
            " ",
            "x",
            "v1",
            "é",
            "\n",
            "٣",
            "2",
            "12/03/2019",
            "1.2.19",
            "2019-03-12",
            "03/",
            "/2019",
            "-1",
            "/7",
        ];
        crate::detect::random_texts(&pieces, count, words, 3, seed)
    }

    /// The numeric and ISO shapes find what their regexes find, from every start to every end.
    #[test]
    fn numeric_shapes_find_what_their_regexes_find() {
        let texts = digit_texts(1200, 12, 0x9E37_79B9_7F4A_7C15);
        for (pattern, shape) in SHAPES {
            let find = |b: &[u8], runs: &Runs, from, to| first_at_digits(b, runs, from, to, shape);
            let found = crate::detect::shapes::compare::every_span(pattern, &texts, find);
            assert!(found > 5_000, "{found}");
        }
    }

    /// In the digit windows of longer texts the glued search sees the same matches either way,
    /// whichever it turns down.
    #[test]
    fn numeric_glued_search_sees_what_the_regexes_give() {
        let texts = digit_texts(2000, 40, 0x2545_F491_4F6C_DD1D);
        for (pattern, shape) in SHAPES {
            let find = |b: &[u8], runs: &Runs, from, to| first_at_digits(b, runs, from, to, shape);
            crate::detect::shapes::compare::glued(pattern, &texts, find);
        }
    }

    #[test]
    fn parses_every_shape_to_the_same_date() {
        let want = Date { year: Some(2010), month: 2, day: Some(1) };
        for s in ["2010-02-01", "01/02/2010", "1.2.2010", "01/02/10", "1st February 2010", "1 Feb 2010"] {
            assert_eq!(parse(s, DateOrder::Dmy), Some(want), "{s}");
        }
        assert_eq!(parse("02/01/2010", DateOrder::Mdy), Some(want));
        assert_eq!(parse("31/02/2021", DateOrder::Dmy), None);
    }

    /// The dates found in `text`, leaving out those inside a longer one.
    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let tokens = crate::tokens::tokenize(text);
        let words = crate::detect::words::classify(text, &tokens);
        let cues = crate::detect::cues::Cues::of(text, &tokens, &words);
        find(
            text,
            &tokens,
            &crate::detect::digit_windows(&tokens),
            &Runs::of_tokens(text, &tokens),
            DateOrder::Dmy,
            &cues,
            &mut out,
        );
        let inside = |a: &Span| {
            out.iter().any(|b| b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start)
        };
        let mut spans: Vec<(usize, usize)> =
            out.iter().filter(|a| !inside(a)).map(|s| (s.start, s.end)).collect();
        spans.sort_unstable();
        spans.dedup();
        spans.into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn glued_dates_end_where_digits_meet_letters() {
        assert_eq!(found("Seen 1st February 2010Jade"), ["1st February 2010"]);
        assert_eq!(found("DOB01/02/2010, 12/03/2019Jade"), ["01/02/2010", "12/03/2019"]);
        assert_eq!(found("March 12Jade and March 2019Jade"), ["March 12", "March 2019"]);
        // A year run into more digits is no year; times and versions are no dates.
        assert_eq!(found("12 March 20191"), ["12 March"]);
        assert!(found("May 10am, 12 March 10pm, v1.2.21, 123/03/2019").iter().all(|d| *d == "12 March"));
    }

    /// Dates are searched only near month names, so a month run into the word before it must
    /// still count as one ("heldonApril", "22ndJune"), even when the note has no other.
    #[test]
    fn months_inside_glued_words_are_found() {
        assert_eq!(found("Meeting heldonApril 7, 2024 at 10"), ["April 7, 2024"]);
        assert_eq!(found("Sent: Wednesday 22ndJune 2022"), ["June 2022"]);
        assert_eq!(found("Moved in mid-March 2019"), ["March 2019"]);
    }

    /// Random texts made of the parts of written dates, with 'ſ' (an `s` to `(?i)`), the Kelvin
    /// sign, other spaces and characters of more than one byte.
    fn written_texts(seed: u64) -> Vec<String> {
        let pieces = [
            "12",
            "1",
            "3",
            "31",
            "123",
            "2019",
            "20191",
            "19",
            "'19",
            "’19",
            "'",
            "’",
            "March",
            "mar",
            "Mar.",
            "MAR",
            "Marching",
            "Auguſt",
            "ſept",
            "Sept.",
            "september",
            "May",
            "june",
            "Jun",
            "Monday",
            "Tues",
            "ſat",
            "ſunday",
            "Wed.",
            "thurs",
            "the",
            "THE",
            "of",
            "st",
            "ſt",
            "nd",
            "TH",
            "rd",
            "1st",
            "2nd",
            "3rd",
            "12th",
            "22ndJune",
            ",",
            ".",
            "-",
            ":",
            "\n",
            "\u{a0}",
            "\u{2003}",
            "\u{212a}",
            "x",
            "é",
            "on",
            "by",
            "ſince",
            "until",
            "from",
        ];
        crate::detect::random_texts(&pieces, 3000, 24, 10, seed)
    }

    fn range(g: Option<crate::detect::windows::Group>) -> Option<Range<usize>> {
        g.map(|g| g.start()..g.end())
    }

    /// The old route, the capturing engine at every glued boundary, and the new one, groups read
    /// off the match, see the same matches with the same groups.
    #[test]
    fn written_groups_read_off_the_match_are_the_capturing_engines() {
        type Read = fn(&str, Range<usize>) -> Written;
        type Old = fn(&Groups) -> Written;
        let routes: [(&Pattern, Read, Old); 3] = [
            (&DAY_MONTH, Written::day_month, |c| Written {
                day: range(c.get(1)),
                suffix: None,
                month: range(c.get(2)).unwrap(),
                year: range(c.get(3)),
            }),
            (&MONTH_DAY, Written::month_day, |c| Written {
                day: range(c.get(2)),
                suffix: range(c.get(3)),
                month: range(c.get(1)).unwrap(),
                year: range(c.get(4)),
            }),
            (&MONTH_YEAR, Written::month_year, |c| Written {
                day: None,
                suffix: None,
                month: range(c.get(1)).unwrap(),
                year: range(c.get(2).or(c.get(3))),
            }),
        ];
        let mut seen = 0;
        for text in written_texts(0x9e37_79b9_7f4a_7c15) {
            #[allow(clippy::single_range_in_vec_init)] // one window, the whole text
            let all = [0..text.len()];
            for (pattern, read, old) in &routes {
                let (mut want, mut got) = (Vec::new(), Vec::new());
                pattern.glued_captures(&text, &all, |c| {
                    want.push(old(c));
                    None
                });
                pattern.glued_finds(&text, &all, |m| {
                    got.push(read(&text, m));
                    None
                });
                assert_eq!(got, want, "{text:?}");
                seen += got.len();
            }
        }
        assert!(seen > 3000, "{seen} matches");
    }

    /// `ordinal_start` finds where the capturing engine's group starts, on random texts of
    /// ordinals, the words before them, weekdays and line starts.
    #[test]
    fn ordinal_start_is_where_the_group_starts() {
        let pieces = [
            "the", "THE", "5th", "12TH", "1ſt", "3rd", "2nd", "31st", "123rd", "on", "By", "from", "until",
            "till", "ſince", "since", "before", "after", "Monday", "fri", "Friday", "ſunday", "Tueſday",
            "thurs", "Satur", "wednes", ":", "\n", "\t", "\u{a0}", "x", "é", "ſ", ",",
        ];
        let mut seen = 0;
        for text in crate::detect::random_texts(&pieces, 3000, 30, 13, 0x2545_f491_4f6c_dd1d) {
            #[allow(clippy::single_range_in_vec_init)] // one window, the whole text
            let all = [0..text.len()];
            let (mut want, mut got) = (Vec::new(), Vec::new());
            ORDINAL.each_capture(&text, &all, |c| want.push(range(c.get(1).or(c.get(2))).unwrap()));
            ORDINAL.each_match(&text, &all, |m| got.push(ordinal_start(&text, m.clone())..m.end));
            assert_eq!(got, want, "{text:?}");
            seen += got.len();
        }
        assert!(seen > 2000, "{seen} matches");
    }

    /// `(?i)` takes 'ſ' for an `s`, so a suffix or a month may hold a letter of two bytes.
    #[test]
    fn long_s_is_a_letter_of_two_bytes() {
        assert_eq!(found("March 1ſt, 2024"), ["March 1ſt, 2024"]);
        assert_eq!(found("7ſt March 2024"), ["7ſt March 2024"]);
        assert_eq!(found("ſunday 3rd March"), ["ſunday 3rd March"]);
        // "Auguſt" matches the pattern but is no month.
        assert!(found("Auguſt 7, 2024 and Auguſt 2024 and March").is_empty());
        let text = "Auguſt 7ſt, 2024";
        let w = Written::month_day(text, 0..text.len());
        let suffix = w.suffix.map(|x| &text[x]);
        assert_eq!((&text[w.month], suffix, w.year.map(|y| &text[y])), ("Auguſt", Some("ſt"), Some("2024")));
        // The ASCII `\b` lies between "d" and 'ſ', so an ORDINAL match may start with "ſince".
        let text = "3rdſince the 2nd";
        let mut dates = Vec::new();
        #[allow(clippy::single_range_in_vec_init)] // one window, the whole text
        ORDINAL.each_match(text, &[0..text.len()], |m| dates.push(&text[ordinal_start(text, m)..]));
        assert_eq!(dates, ["the 2nd"]);
        let text = "Tue 1ſt Sept '19";
        let w = Written::day_month(text, 0..text.len());
        assert_eq!((&text[w.day.unwrap()], &text[w.month]), ("1", "Sept"));
    }

    #[test]
    fn years() {
        assert_eq!(year_of("14/02/2011"), Some(2011));
        assert_eq!(year_of("12 Mar 19"), Some(2019));
        assert_eq!(year_of("3rd of May"), None);
    }
}
