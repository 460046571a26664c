//! PERSON: names from the gazetteers, capitalisation and context.
//!
//! Words that could be names are grouped into chains ("Jade", "Jade Morris", "Ms O'Neill"); each
//! chain is scored from what its words are (a first name, a surname, an ordinary word, unknown),
//! their case, where they stand (a sentence start proves little), and the context around them:
//! a title, a relation word ("her son Tom"), a verb of speech ("Liam said"), a possessive, "known
//! as". After resolution, `propagate` masks every later occurrence of a found name's parts.

use std::collections::HashSet;

use super::candidate;
use crate::lexicon::{self, Flags, Lexicon};
use crate::tokens::{case_of, Case, Kind, Token};
use crate::{Label, Span};

/// What a word token could be, worked out once per token.
#[derive(Clone, Copy, Default)]
struct Word {
    word: bool,
    case: Option<Case>,
    first: bool,
    surname: bool,
    common: bool,
    not_name: bool,
    title: bool,
    relation: bool,
    place: bool,
    particle: bool,
    initial: bool,
}

impl Word {
    fn gazetteer(&self) -> bool {
        self.first || self.surname
    }

    /// Could stand in a name chain.
    fn name_like(&self) -> bool {
        if !self.word || self.not_name || self.title || self.relation {
            return false;
        }
        match self.case {
            Some(Case::Capitalised) => !self.place || self.first,
            Some(Case::Upper) => self.gazetteer() && !self.common || self.initial,
            Some(Case::Lower) => self.first && !self.common,
            _ => false,
        }
    }
}

fn is_particle(lower: &str) -> bool {
    matches!(
        lower,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "da"
            | "di"
            | "du"
            | "le"
            | "la"
            | "al"
            | "el"
            | "bin"
            | "bint"
            | "ibn"
            | "ni"
            | "nic"
            | "mac"
            | "mc"
            | "ap"
            | "ben"
            | "abu"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "st"
            | "ter"
    )
}

fn classify(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Word> {
    let mut buf = String::new();
    tokens
        .iter()
        .map(|t| {
            if t.kind != Kind::Word {
                return Word::default();
            }
            let raw = t.text(text);
            let lower = lexicon::lower_into(raw, &mut buf);
            let case = case_of(raw);
            let initial =
                raw.chars().count() == 1 && case != Case::Lower && raw.chars().all(char::is_uppercase);
            let f = lex.flags(lower);
            Word {
                word: true,
                case: Some(if initial { Case::Upper } else { case }),
                first: f.has(Flags::FIRST_NAME),
                surname: f.has(Flags::SURNAME),
                common: f.has(Flags::COMMON),
                not_name: f.has(Flags::NOT_NAME) && !initial,
                title: f.has(Flags::TITLE),
                relation: f.has(Flags::RELATION),
                place: f.has(Flags::PLACE),
                particle: is_particle(lower),
                initial,
            }
        })
        .collect()
}

/// Whether token `i` starts a sentence or a line (so its capital letter proves nothing).
fn sentence_start(text: &str, tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].newline_before {
        return true;
    }
    let prev = tokens[i - 1].text(text);
    matches!(prev, "." | "!" | "?" | ":" | "\"" | "“" | "-" | "•" | "*" | "(" | ">")
        && (i < 2 || tokens[i - 1].newline_before || prev != "(" || sentence_start(text, tokens, i - 1))
}

fn lower(text: &str, t: &Token) -> String {
    t.text(text).to_lowercase()
}

pub(crate) fn find(text: &str, tokens: &[Token], out: &mut Vec<Span>) {
    let lex = lexicon::get();
    let words = classify(text, tokens, lex);
    let mut i = 0;
    while i < tokens.len() {
        if !words[i].name_like() || (words[i].initial && !initial_chain_ok(text, tokens, &words, i)) {
            i += 1;
            continue;
        }
        // Grow the chain: name-like words on one line separated by spaces, with particles
        // ("van", "de") and initials ("J.") inside.
        let start = i;
        let mut end = i; // inclusive, last name word
        let mut j = i + 1;
        while j < tokens.len() && end - start < 4 {
            let t = &tokens[j];
            if t.newline_before {
                break;
            }
            if t.kind == Kind::Punct && t.text(text) == "." && words[j - 1].initial && !t.space_before {
                j += 1;
                continue;
            }
            if !t.space_before && t.kind == Kind::Word {
                break;
            }
            if words[j].particle
                && j + 1 < tokens.len()
                && words[j + 1].name_like()
                && !tokens[j + 1].newline_before
            {
                j += 1;
                continue;
            }
            if words[j].name_like()
                && (words[j].case != Some(Case::Lower) || words[end].case == Some(Case::Lower))
            {
                end = j;
                j += 1;
                continue;
            }
            break;
        }
        score_chain(text, tokens, &words, start, end, out);
        i = end + 1;
    }
    surname_comma_first(text, tokens, &words, out);
}

/// An initial may start a chain only when a name follows it ("J. Smith", "J.S.").
fn initial_chain_ok(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.text(text) == ".") {
        j += 1;
    }
    tokens.get(j).is_some_and(|t| !t.newline_before) && words.get(j).is_some_and(|w| w.name_like())
}

fn score_chain(text: &str, tokens: &[Token], words: &[Word], start: usize, end: usize, out: &mut Vec<Span>) {
    let chain = &words[start..=end];
    let names: Vec<&Word> = chain.iter().filter(|w| w.word && !w.particle).collect();
    let n = names.iter().filter(|w| !w.initial).count();
    if n == 0 {
        return;
    }
    // A chain of initials alone ("J.S.") needs a context word to count; handled with context.
    let at_start = sentence_start(text, tokens, start);
    let ctx = context(text, tokens, words, start, end);
    let mut span_start = tokens[start].start;
    if let Some(title_at) = ctx.title {
        span_start = tokens[title_at].start;
    }
    let mut span_end = tokens[end].end;
    // Keep a full stop that belongs to a trailing initial.
    if words[end].initial && tokens.get(end + 1).is_some_and(|t| t.text(text) == "." && !t.space_before) {
        span_end = tokens[end + 1].end;
    }

    let lead = names[0];
    let all_lower = names.iter().all(|w| w.case == Some(Case::Lower));
    let strong = ctx.title.is_some() || ctx.relation || ctx.known_as;
    let medium = ctx.verb_after || ctx.possessive || ctx.contact_before;
    let score = if ctx.title.is_some() {
        0.95
    } else if all_lower {
        // Lowercase first names only ever pass `name_like` when they are not ordinary words.
        if strong || medium {
            0.8
        } else {
            0.6
        }
    } else if n >= 2 {
        let gazetteer_hits = names.iter().filter(|w| w.gazetteer()).count();
        let ordinary = names.iter().filter(|w| w.common && !w.gazetteer()).count();
        if (lead.first || lead.initial) && gazetteer_hits >= 1 {
            0.92
        } else if gazetteer_hits >= 1 && ordinary == 0 {
            if strong || medium || !at_start {
                0.85
            } else {
                0.7
            }
        } else if strong || medium {
            0.8
        } else if ordinary == 0 && !at_start {
            0.65
        } else {
            0.4
        }
    } else {
        let w = lead;
        if strong {
            0.9
        } else if w.first && !w.common {
            0.88
        } else if w.first && w.common {
            // "Grace", "Will", "May": a name only with support.
            if medium {
                0.8
            } else if !at_start && w.case == Some(Case::Capitalised) {
                0.55
            } else {
                0.3
            }
        } else if w.surname && !w.common {
            if medium {
                0.85
            } else if !at_start {
                0.65
            } else {
                0.45
            }
        } else if w.common {
            if medium && !at_start {
                0.6
            } else {
                0.2
            }
        } else if w.case == Some(Case::Upper) {
            if medium {
                0.6
            } else {
                0.4
            }
        } else {
            // Unknown capitalised word: an unseen name, a place or an organisation.
            if medium {
                0.75
            } else if !at_start {
                0.55
            } else {
                0.35
            }
        }
    };
    let detector = if ctx.title.is_some() {
        "person.title"
    } else if strong || medium {
        "person.context"
    } else {
        "person.gazetteer"
    };
    out.push(candidate(span_start, span_end, Label::Person, score, detector));
}

#[derive(Default)]
struct Context {
    /// Index of a title right before the chain.
    title: Option<usize>,
    relation: bool,
    known_as: bool,
    verb_after: bool,
    possessive: bool,
    contact_before: bool,
}

fn context(text: &str, tokens: &[Token], words: &[Word], start: usize, end: usize) -> Context {
    let mut ctx = Context::default();
    // Look back over a full stop after a title ("Mr. Smith") and a comma after a relation
    // ("her son, Tom").
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 3 {
        k -= 1;
        steps += 1;
        let t = &tokens[k];
        let s = t.text(text);
        if t.kind == Kind::Punct {
            if s == "." || s == "," {
                continue;
            }
            break;
        }
        let l = lower(text, t);
        if words[k].title && ctx.title.is_none() && steps <= 2 {
            let capital_or_strong = words[k].case != Some(Case::Lower) || lexicon::is_strong_title(&l);
            if capital_or_strong && (lexicon::is_strong_title(&l) || words[k].case == Some(Case::Capitalised))
            {
                ctx.title = Some(k);
            }
            break;
        }
        if words[k].relation {
            ctx.relation = true;
            break;
        }
        if matches!(l.as_str(), "aka" | "nee" | "née" | "called" | "named" | "as" | "alias") {
            // "known as X", "aka X", "a boy called X"
            ctx.known_as = l != "as" || (k > 0 && lower(text, &tokens[k - 1]) == "known");
            break;
        }
        if lexicon::is_contact_verb(&l) {
            ctx.contact_before = true;
            break;
        }
        if !matches!(
            l.as_str(),
            "her"
                | "his"
                | "their"
                | "my"
                | "our"
                | "the"
                | "older"
                | "younger"
                | "eldest"
                | "youngest"
                | "new"
                | "baby"
                | "little"
                | "big"
                | "birth"
                | "foster"
                | "half"
                | "step"
                | "maternal"
                | "paternal"
                | "late"
                | "ex"
        ) {
            break;
        }
    }
    // After: a possessive, or a verb of speech or presence.
    let mut k = end + 1;
    while k < tokens.len() && tokens[k].text(text) == "." && words[end].initial {
        k += 1;
    }
    if let Some(t) = tokens.get(k) {
        let s = t.text(text);
        if (s == "'" || s == "’") && tokens.get(k + 1).is_some_and(|n| n.text(text).eq_ignore_ascii_case("s"))
        {
            ctx.possessive = true;
        } else if t.kind == Kind::Word && !t.newline_before {
            ctx.verb_after = lexicon::is_person_verb(&lower(text, t));
        } else if s == "," {
            // "Tom, aged 7," / "Donna, mum,"
            if let Some(n) = tokens.get(k + 1) {
                let l = lower(text, n);
                ctx.relation |= words[k + 1].relation || l == "aged" || l == "age";
            }
        } else if s == "(" {
            // "Donna (mum)", "Tom (7)"
            if let Some(n) = tokens.get(k + 1) {
                ctx.relation |= words[k + 1].relation || n.kind == Kind::Number;
            }
        }
    }
    ctx
}

/// "MORRIS, Jade" in forms: an upper-case surname, a comma, then a capitalised first name.
fn surname_comma_first(text: &str, tokens: &[Token], words: &[Word], out: &mut Vec<Span>) {
    for i in 0..tokens.len().saturating_sub(2) {
        let (a, comma, b) = (&words[i], &tokens[i + 1], &words[i + 2]);
        if a.case == Some(Case::Upper)
            && !a.not_name
            && !a.common
            && a.word
            && tokens[i].end - tokens[i].start > 1
            && comma.text(text) == ","
            && b.case == Some(Case::Capitalised)
            && (b.first || !b.common && !b.not_name)
            && !tokens[i + 2].newline_before
        {
            let mut end = i + 2;
            // "MORRIS, Jade Louise"
            if words.get(i + 3).is_some_and(|w| w.case == Some(Case::Capitalised) && w.first)
                && !tokens[i + 3].newline_before
            {
                end = i + 3;
            }
            out.push(candidate(tokens[i].start, tokens[end].end, Label::Person, 0.9, "person.surname_first"));
        }
    }
}

/// Masks every later occurrence, in any casing, of the words of names already found.
pub(crate) fn propagate(text: &str, tokens: &[Token], spans: &[Span]) -> Vec<Span> {
    let lex = lexicon::get();
    let mut parts: HashSet<String> = HashSet::new();
    let mut everyday: HashSet<String> = HashSet::new();
    for s in spans.iter().filter(|s| s.label == Label::Person) {
        for w in
            text[s.start..s.end].split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        {
            let l = w.to_lowercase().replace('’', "'");
            if l.chars().count() < 2 || lexicon::is_title(&l) || lex.is_not_name(&l) || is_particle(&l) {
                continue;
            }
            if lexicon::is_everyday_word(&l) {
                everyday.insert(l.clone());
            }
            parts.insert(l);
        }
    }
    if parts.is_empty() {
        return Vec::new();
    }
    let mut covered = spans.iter().map(|s| (s.start, s.end)).peekable();
    let mut extra = Vec::new();
    let mut buf = String::new();
    for t in tokens.iter().filter(|t| t.kind == Kind::Word) {
        while covered.peek().is_some_and(|&(_, e)| e <= t.start) {
            covered.next();
        }
        if covered.peek().is_some_and(|&(s, _)| s < t.end) {
            continue;
        }
        let raw = t.text(text);
        let l = lexicon::lower_into(raw, &mut buf);
        if parts.contains(l) {
            // An everyday word ("rose", "will") is only a name again when written as one.
            if everyday.contains(l) && case_of(raw) == Case::Lower {
                continue;
            }
            extra.push(candidate(t.start, t.end, Label::Person, 0.8, "person.propagated"));
        }
    }
    extra
}
