//! PERSON: names from the gazetteers, capitalisation and context.
//!
//! Words that could be names are grouped into chains ("Jade", "Jade Morris", "Ms O'Neill"); each
//! chain is scored from what its words are (a first name, a surname, an ordinary word, unknown),
//! their case, where they stand (a sentence start proves little), and the context around them:
//! a title, a relation word ("her son Tom"), a verb of speech ("Liam said"), a possessive, "known
//! as". After resolution, `propagate` masks every later occurrence of a found name's parts.

use super::candidate;
use super::cues::Cues;
use super::words::{self, Role, Word};
use crate::lexicon;
use crate::tokens::{case_of, Case, Kind, Token};
use crate::{Label, Span};

/// Whether token `i` starts a sentence or a line (so its capital letter proves nothing), or
/// the entry after a date or time that starts a line ("2022-05-06 Transfer-in conference",
/// "w/c 28 Mar Letter from", "13:50 Consideration was given").
fn sentence_start(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    if i == 0 || tokens[i].newline_before || dated_entry(text, tokens, words, i) {
        return true;
    }
    let prev = tokens[i - 1].text(text);
    matches!(prev, "." | "!" | "?" | ":" | "\"" | "“" | "-" | "•" | "*" | "(" | ">" | "|")
        && (i < 2
            || tokens[i - 1].newline_before
            || prev != "("
            || sentence_start(text, tokens, words, i - 1))
}

/// Whether the line holding byte `at` is a form field of a person's attributes ("Ethnicity:",
/// "Religion:", "Gender:"), whose values are never names.
fn in_attribute_field(text: &str, tokens: &[Token], start: usize) -> bool {
    // The label's colon is a few tokens back on the same line ("Ethnicity: Gypsy/Roma/..."):
    // most names have none, and are answered without reading the text.
    let mut k = start;
    let colon = loop {
        if k == 0 || tokens[k].newline_before || start - k >= 8 {
            return false;
        }
        k -= 1;
        if tokens[k].is(text, b':') {
            break k;
        }
    };
    // A label is a few words at the line's start.
    let Some(line_start) =
        (colon.saturating_sub(8)..colon).rev().find(|&j| j == 0 || tokens[j].newline_before)
    else {
        return false;
    };
    let label =
        text[tokens[line_start].start..tokens[colon].start].trim_start_matches(['-', '*', '•']).trim();
    ATTRIBUTE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
}

/// Words before which a place stands: "lives in Bradford", "near Kirkby", "via Calais".
const LOCATIVE: &[&str] =
    &["in", "near", "around", "outside", "across", "within", "towards", "through", "via", "upon"];

/// Words after which "to" or "from" leads to a place rather than a person ("moved to Preston",
/// "originally from Lagos"; but "spoke to Preston", "a text from Preston").
const MOVEMENT: &[&str] = &[
    "moved",
    "move",
    "moves",
    "moving",
    "came",
    "come",
    "comes",
    "coming",
    "fled",
    "flew",
    "travelled",
    "traveled",
    "travel",
    "travels",
    "travelling",
    "returned",
    "return",
    "returns",
    "returning",
    "relocated",
    "arrived",
    "arrive",
    "arriving",
    "escaped",
    "left",
    "relocate",
    "relocating",
    "transferred",
    "went",
    "go",
    "goes",
    "going",
    "gone",
    "back",
    "originally",
    "drove",
    "driven",
    "trip",
    "journey",
    "flight",
    "flights",
    "holiday",
    "deported",
    "removed",
    "trafficked",
    "brought",
    "way",
];

/// Whether the chain `start..=end` names a listed place after a word that leads to one: a
/// locative preposition, or "to" or "from" after a verb of moving. The chain, or the chain and
/// the word after it ("Bognor" "Regis"), is a place of the lexicon, or its one word is.
fn place_after_preposition(text: &str, tokens: &[Token], words: &[Word], start: usize, end: usize) -> bool {
    // Most chains name no place: their first word's bits say so before any text is read.
    let w = &words[start];
    if !(w.place() || w.locality() || w.place_head) {
        return false;
    }
    if start == 0 || tokens[start].newline_before || tokens[start - 1].kind != Kind::Word {
        return false;
    }
    let mut before = tokens[start - 1].text(text);
    // "on the Wirral", "in the Midlands": the word before "the".
    let mut at = start - 1;
    if before.eq_ignore_ascii_case("the")
        && at >= 1
        && tokens[at - 1].kind == Kind::Word
        && !tokens[at].newline_before
    {
        at -= 1;
        before = tokens[at].text(text);
        if before.eq_ignore_ascii_case("on") {
            before = "in";
        }
    }
    let start_of_lead = at;
    let leads = if before.eq_ignore_ascii_case("to") || before.eq_ignore_ascii_case("from") {
        start_of_lead >= 1
            && tokens[start_of_lead - 1].kind == Kind::Word
            && MOVEMENT.iter().any(|m| m.eq_ignore_ascii_case(tokens[start_of_lead - 1].text(text)))
    } else {
        LOCATIVE.iter().any(|l| l.eq_ignore_ascii_case(before))
    };
    if !leads {
        return false;
    }
    // "Newcastle upon Tyne", "Stratford upon Avon": the town's second half.
    if before == "upon"
        && start >= 2
        && words[start - 2].case == Some(Case::Capitalised)
        && (words[start - 2].place() || !words[start - 2].common())
    {
        return true;
    }
    // A locality that is also a first name ("confided in Shirley") is left to the name rules.
    if start == end && (w.place() || w.locality() && !w.first()) {
        return true;
    }
    // The chain as a whole place is `score_chain`'s test whatever stands before it; here the
    // chain and the word after it ("in Bognor Regis").
    let next_word =
        tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Word && t.space_before && !t.newline_before);
    next_word && is_place_name(text, tokens, words, start, end + 1)
}

/// Whether token `t` is a quotation mark standing alone.
fn is_quote(text: &str, t: &Token) -> bool {
    t.kind == Kind::Punct
        && matches!(t.text(text), "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}")
}

/// Whether the words before token `q`, an opening quote, introduce a name: "aka", "known as",
/// "saved as", "calls himself", "goes by", "gave his name as", or a name and a bracket
/// ("Tashan (\"T-Man\")").
fn names_what_follows(text: &str, tokens: &[Token], words: &[Word], q: usize) -> bool {
    let word = |k: usize| tokens[k].kind == Kind::Word && !tokens[k + 1].newline_before;
    let lower = |k: usize| tokens[k].text(text).to_ascii_lowercase();
    let mut k = q;
    // A colon or a bracket between the cue and the quote: "aka: \"Lz\"", "(\"T-Man\")".
    if k > 0 && matches!(tokens[k - 1].text(text), ":" | "(") {
        k -= 1;
        if tokens[k].is(text, b'(') && k > 0 && word(k - 1) && words[k - 1].case == Some(Case::Capitalised) {
            return words[k - 1].name_like() || words[k - 1].gazetteer();
        }
    }
    if k == 0 || !word(k - 1) {
        return false;
    }
    let cue = lower(k - 1);
    let before = if k >= 2 && word(k - 2) { lower(k - 2) } else { String::new() };
    match cue.as_str() {
        "aka" | "alias" | "nicknamed" | "nickname" | "named" | "called" => true,
        "as" => matches!(
            before.as_str(),
            "known" | "saved" | "name" | "himself" | "herself" | "themselves" | "referred"
        ),
        "by" => matches!(before.as_str(), "goes" | "go" | "going" | "known"),
        "himself" | "herself" | "themselves" | "him" | "her" | "them" => {
            matches!(before.as_str(), "calls" | "call" | "called" | "calling")
        }
        _ => false,
    }
}

/// Nicknames in quotes after words that introduce a name ("aka \"Lz\" / \"Leezy\"", "contacts
/// saved as \"Jojo\", \"K-Dog\""): one to three words of up to 24 bytes that start with a capital
/// or a digit, or one word that is no ordinary word ("called \"a liar\"" is no name). A list of
/// them joined by "/", ",", "and" or "or" is read on.
fn quoted_nicknames(text: &str, tokens: &[Token], words: &[Word], out: &mut Vec<Span>) {
    // Only the tokens at a quote's byte are read: straight quotes, apostrophes, and the lead
    // byte of curly ones; most of those are inside words ("O'Neill") or dashes.
    let mut q = 0;
    let b = text.as_bytes();
    for at in memchr::memchr3_iter(b'"', b'\'', 0xE2, b) {
        // An opening quote follows no letter or digit ("O'Neill" has none); a curly one is
        // "\u{201c}" or "\u{2018}".
        let after_word = at > 0 && b[at - 1].is_ascii_alphanumeric();
        let curly_opening = b[at] != 0xE2 || matches!(b.get(at + 1..at + 3), Some([0x80, 0x9C | 0x98]));
        if after_word || !curly_opening {
            continue;
        }
        if at < tokens.get(q).map_or(usize::MAX, |t| t.start) {
            continue; // inside a nickname read already
        }
        q = tokens.partition_point(|t| t.start < at);
        if q + 2 >= tokens.len() || tokens[q].start != at {
            continue;
        }
        if !is_quote(text, &tokens[q]) || !names_what_follows(text, tokens, words, q) {
            continue;
        }
        // Each quoted item in turn.
        while let Some(close) = (q + 1..tokens.len().min(q + 6))
            .find(|&k| is_quote(text, &tokens[k]) || tokens[k].newline_before)
            .filter(|&k| is_quote(text, &tokens[k]) && k > q + 1)
        {
            let (start, end) = (tokens[q + 1].start, tokens[close - 1].end);
            let inner = &words[q + 1..close];
            let named_words = inner.iter().filter(|w| w.word()).count();
            let first = text[start..].chars().next().unwrap_or(' ');
            let plain_word =
                named_words == 1 && inner.iter().all(|w| !w.word() || !(w.common() || w.not_name()));
            let name = end - start <= 24
                && (1..=3).contains(&named_words)
                && (first.is_uppercase() || first.is_ascii_digit() || plain_word)
                && !inner.iter().any(|w| w.word() && w.not_name() && !w.first());
            if name {
                out.push(candidate(start, end, Label::Person, 0.9, "person.nickname"));
            }
            // "\"Lz\" / \"Leezy\"", "\"Jojo\", \"K-Dog\" and \"Boss\"": the next item of a list.
            let joiner = tokens.get(close + 1).map(|t| t.text(text));
            let next_quote = close + 2;
            if matches!(joiner, Some("/" | "," | "and" | "or" | "&"))
                && tokens.get(next_quote).is_some_and(|t| is_quote(text, t) && !t.newline_before)
            {
                q = next_quote;
                continue;
            }
            q = close;
            break;
        }
        q += 1;
    }
}

/// Whether the chain `start..=end` is a place whatever stands around it: two or more words that
/// are a listed place's whole name. (One word of the lists that no name list holds, "left
/// Afghanistan", was tried too: it cost an unseen name on the held-out set, so one word needs a
/// preposition, `place_after_preposition`.)
fn is_place_name(text: &str, tokens: &[Token], words: &[Word], start: usize, end: usize) -> bool {
    if start == end || !words[start].place_head {
        return false;
    }
    let name = (start..=end).map(|k| tokens[k].text(text).to_lowercase()).collect::<Vec<_>>().join(" ");
    let f = lexicon::get().flags(&name);
    f.has(lexicon::Flags::PLACE) || f.has(lexicon::Flags::LOCALITY)
}

/// "Polish-speaking", "T-shirt", "E-safety": a hyphen and then an ordinary lowercase word (not
/// a particle: "Patwary-al-Zahrani").
fn hyphen_then_lowercase(word: &str) -> bool {
    word.split_once('-').is_some_and(|(_, rest)| {
        let part = rest.split('-').next().unwrap_or("");
        let w = words::lookup(part);
        part.starts_with(|c: char| c.is_lowercase()) && w.common() && !w.particle_any_case()
    })
}

/// The ranks that police officers write before a collar number ("PC 4471 Hewitt").
fn is_police_rank(word: &str) -> bool {
    ["pc", "dc", "ds", "di", "dci", "sgt", "pcso", "ps", "insp"].iter().any(|r| r.eq_ignore_ascii_case(word))
}

/// The labels of `in_attribute_field`.
const ATTRIBUTE_LABELS: &[&str] = &[
    "ethnicity",
    "ethnic origin",
    "ethnic group",
    "religion",
    "faith",
    "language",
    "first language",
    "main language",
    "languages spoken",
    "nationality",
    "gender",
    "sex",
    "disability",
    "immigration status",
    "legal status",
];

/// Whether token `i` starts the entry after a date or time that starts a line (see
/// `sentence_start`).
fn dated_entry(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    if i == 0 || tokens[i].newline_before {
        return false;
    }
    let month_or_day = |k: usize| words[k].cue & (Cues::MONTH | Cues::WEEKDAY) != 0;
    // What a date or time before an entry ends with: a digit, a month or weekday, or a
    // separator ("01.01.23 | Poppy", "1/2/20: Jade", "12:30 - Jade"); not a comma or a full stop,
    // which end most words before a name.
    let prev = &tokens[i - 1];
    let after_month = month_or_day(i - 1) && i >= 2 && tokens[i - 2].kind == Kind::Number;
    let separator =
        prev.kind == Kind::Punct && matches!(text.as_bytes()[prev.start], b'|' | b':' | b'-' | b')');
    if !(prev.kind == Kind::Number || separator || after_month) {
        return false;
    }
    let mut k = i;
    loop {
        k -= 1;
        let t = &tokens[k];
        let dated = t.kind != Kind::Word
            || month_or_day(k)
            || matches!(t.text(text), "w" | "c" | "am" | "pm" | "AM" | "PM" | "hrs");
        if !dated || i - k > 8 {
            return false;
        }
        if k == 0 || t.newline_before {
            // A line of only numbers and punctuation before it is no date ("- Jade", "1. Jade").
            return tokens[k..i].iter().filter(|t| t.kind == Kind::Number).count() >= 2 || after_month;
        }
    }
}

/// Names in `text`, whose `tokens` are the `words` (see `words::classify`).
pub(crate) fn find(text: &str, tokens: &[Token], words: &[Word], out: &mut Vec<Span>) {
    // A word run into an identifier found already ("GuBN2 1AB") is a word of its own.
    let split = crate::tokens::split_at_spans(text, tokens, out);
    let split_words = split.as_ref().map(|split| words::reclassify(text, split, words));
    let tokens = split.as_ref().map_or(tokens, |split| &split.tokens[..]);
    let words = split_words.as_deref().unwrap_or(words);
    quoted_nicknames(text, tokens, words, out);
    let mut i = 0;
    while i < tokens.len() {
        if !words[i].word() {
            // Numbers and punctuation start nothing below; most tokens are skipped here.
            i += 1;
            continue;
        }
        // "G.T." is a name unless a surname follows ("G.T. Smith" is one chain below).
        // A third initial run on ("S.L.M.") is one of the initials, not a name after them.
        let followed_by_name = || {
            tokens.get(i + 4).is_some_and(|t| {
                !t.newline_before && words[i + 4].name_like() && (t.space_before || !words[i + 4].initial())
            })
        };
        if words[i].initial() && !followed_by_name() && dotted_initials(text, tokens, words, i, out) {
            i += 4;
            continue;
        }
        let after_title = i > 0 && starts_after_title(text, tokens, words, i);
        let capitalised = matches!(words[i].case, Some(Case::Capitalised) | Some(Case::Upper));
        // "Mrs bin Omar", "Mr de la Cruz": particles after a title, before a name.
        let particle_then_name = || {
            let same_line = |k: usize| tokens.get(k).is_some_and(|t| !t.newline_before && t.space_before);
            let name_at = |k: usize| same_line(k) && words[k].name_like();
            words[i].particle()
                && (name_at(i + 1) || same_line(i + 1) && words[i + 1].particle() && name_at(i + 2))
        };
        // "CHILD(REN)": a word run into a bracket run into a word is that word's ending.
        let starts = (words[i].name_like()
            || (after_title && capitalised && !words[i].title() && !words[i].relation())
            || (after_title && particle_then_name())
            || common_first_name_in_capitals(text, tokens, words, i))
            && !glued_to_word_in_brackets(text, &tokens[i]);
        // "28 Mar Letter from": a month after a day is the date's ("Mar" is a name too).
        let dates_month =
            words[i].month() && i > 0 && tokens[i - 1].kind == Kind::Number && !tokens[i].newline_before;
        if !starts || dates_month || (words[i].initial() && !initial_chain_ok(text, tokens, words, i)) {
            if short_upper_name(text, tokens, words, i, out)
                || unknown_lower_name(text, tokens, words, i, out)
            {
                i += 1;
                continue;
            }
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
            if t.is(text, b'.') && words[j - 1].initial() && !t.space_before {
                j += 1;
                continue;
            }
            // "Date:" or "Time:" after a name is the next label ("Isla Irwin Date: 2025-08-10").
            if matches!(t.text(text), "Date" | "DATE" | "Time" | "TIME" | "DOB")
                && tokens.get(j + 1).is_some_and(|n| n.is(text, b':') && !n.space_before)
            {
                break;
            }
            // Initials run together ("G.T. Smith") stay in one chain.
            let next_initial = words[j].initial() && tokens[j - 1].is(text, b'.') && words[end].initial();
            if !t.space_before && t.kind == Kind::Word && !next_initial {
                break;
            }
            // Particles bridge in any case ("Sadhbh Ni Cheallaigh", "Ó NÉILL").
            let bridges = words[j].particle_any_case();
            if bridges && j + 1 < tokens.len() && words[j + 1].name_like() && !tokens[j + 1].newline_before {
                j += 1;
                continue;
            }
            // After a first name, a surname that is also a word or a place continues the name
            // ("Bebe English", "Ms Pauletta York", "LEXI FARMER"); the first word after a title
            // counts as a first name ("Ms Nevaeh English").
            let prev_first = words[end].first() || words[end].initial() || (end == start && after_title);
            // In capitals an ordinary word needs the surname list, and a verb or grammar word is
            // not taken even then ("TIA WAS", "ANTONINO SAID", "JAYSON FROM"): a document
            // written in capitals would otherwise have every verb after a first name in a name.
            let upper = words[j].case == Some(Case::Upper);
            let verb_like = words[j].role & Role::VERB_OR_GRAMMAR != 0;
            let surname_after_first = prev_first
                && words[j].word()
                && (words[j].surname() && !(upper && verb_like)
                    || upper && !words[j].not_name() && !words[j].common())
                && matches!(words[j].case, Some(Case::Capitalised) | Some(Case::Upper))
                && !words[j].title()
                && !words[j].relation();
            if (words[j].name_like() || surname_after_first)
                && (words[j].case != Some(Case::Lower) || words[end].case == Some(Case::Lower))
            {
                end = j;
                j += 1;
                continue;
            }
            // "Kayla Pastor and", "Harper Foster (IRO)", "Miss Fantasia Re,": a surname that is
            // also a title or a relation word ends a name after a first name, where the name
            // can end.
            if prev_first
                && words[j].surname()
                && words[j].case == Some(Case::Capitalised)
                && (words[j].title() || words[j].relation())
                && name_can_end(text, tokens, words, j + 1)
            {
                end = j;
            }
            break;
        }
        // "Saw Caitlin Massey", "Signed TOCCARA BELL": an ordinary word that starts a sentence
        // before a first name or a name in capitals is no part of it, and would have the whole
        // chain scored as a phrase ("Sky McKee" stays whole).
        let lead_is_phrase = start < end
            && words[start].common()
            && !words[start].gazetteer()
            && words[start].case == Some(Case::Capitalised)
            && (words[start + 1].first() || words[start + 1].case == Some(Case::Upper))
            && sentence_start(text, tokens, words, start);
        let start = if lead_is_phrase { start + 1 } else { start };
        score_chain(text, tokens, words, start, end, out);
        i = end + 1;
    }
    surname_comma_first(text, tokens, words, out);
}

/// How many tokens either side of a word `in_capitals` reads.
const CAPITALS_REACH: usize = 12;

/// Whether the word at `i` stands among words all in capitals: of the [`CAPITALS_REACH`]
/// tokens either side on its line, at least three are words and every word is in capitals. In a
/// text written in capitals ("ROSE WAS SEEN AT SCHOOL") a word's case says nothing of whether
/// it is a name, as it does in "Rose was seen". Reads a bounded number of tokens, so a long line
/// costs no more.
fn in_capitals(tokens: &[Token], words: &[Word], i: usize) -> bool {
    // Token k before i is on i's line when no token after it, up to i, starts a line.
    let before = (i.saturating_sub(CAPITALS_REACH)..i).rev().take_while(|&k| !tokens[k + 1].newline_before);
    let after = (i + 1..tokens.len().min(i + 1 + CAPITALS_REACH)).take_while(|&k| !tokens[k].newline_before);
    let mut upper = 0;
    for k in before.chain(after).filter(|&k| words[k].word()) {
        if words[k].case != Some(Case::Upper) {
            return false;
        }
        upper += 1;
    }
    upper >= 3
}

/// "ROSE WAS SEEN", "LILY SAUNDERS": a first name that is also an ordinary word, in a text
/// written in capitals, starts a name as "Rose" does in one written in lowercase; its score
/// still asks for support (a verb after it, a relation) when it stands alone.
///
/// Not after a determiner or an ordinary word, where the word is the ordinary one ("THE BILL
/// WAS PAID", "THE ELECTRICITY BILL IS OVERDUE", "RISK OF SIGNIFICANT HARM").
fn common_first_name_in_capitals(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    let w = &words[i];
    // An ordinary word that is no verb, grammar word, relation or name: a noun or adjective
    // before the word makes it a noun.
    let after_content_word = || {
        i > 0 && !tokens[i].newline_before && {
            let p = &words[i - 1];
            p.word() && p.common() && p.role == 0 && !p.relation() && !p.title() && !p.gazetteer()
        }
    };
    // A modal, a verb or a place that is also a first name ("WILL", "CHASE", "CHELSEA") only
    // with a person's possessive, verb or surname after it: "WILL'S", "WILL TOLD ME", "CHASE IS
    // AT RISK", "RE: WILL CHUKWU".
    let plain = || w.common() && !w.place() && w.role & Role::VERB_OR_GRAMMAR == 0;
    w.case == Some(Case::Upper)
        && w.first()
        && !w.not_name()
        && (plain() || (w.common() || w.place()) && person_follows(text, tokens, words, i))
        && in_capitals(tokens, words, i)
        && !after_determiner(text, tokens, i)
        && !after_content_word()
}

/// Whether a person's possessive ("'S"), a verb whose subject is a person or a name that is no
/// word follows the word at `i` on its line: a verb a modal cannot take ("WILL TOLD", "WILL
/// IS"), so not "set" or "hit", whose past is their present ("THE COURT WILL SET A DATE").
fn person_follows(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1).filter(|t| !t.newline_before) else { return false };
    let s = next.text(text);
    if (s == "'" || s == "’") && !next.space_before {
        return tokens.get(i + 2).is_some_and(|t| !t.space_before && t.text(text).eq_ignore_ascii_case("s"));
    }
    let w = &words[i + 1];
    let name_before = i > 0 && !tokens[i].newline_before && words[i - 1].gazetteer();
    // A verb of speech before a name is the name's verb ("MUM SAID ANGELO HASNT PAID"); a modal
    // or another verb is not ("RE: WILL CHUKWU", "CHILD(REN): CHASE MCNEIL").
    let speech =
        words[i].role & (Role::PERSON_VERB | Role::CONTACT_VERB) != 0 && words[i].role & Role::GRAMMAR == 0;
    next.kind == Kind::Word
        && (w.role & Role::PERSON_VERB != 0 && !s.eq_ignore_ascii_case("set") && !s.eq_ignore_ascii_case("hit")
            // "RE: WILL CHUKWU": a surname or first name that is no word; not after a name,
            // whose verb the word is ("MS PAGE SAID IULIAN ARRIVES").
            || w.gazetteer() && !w.common() && w.role == 0 && !name_before && !speech)
}

/// Whether the word at `i` comes right after a determiner ("the", "his", "no") on its line.
fn after_determiner(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && !tokens[i].newline_before
        && DETERMINERS.iter().any(|d| tokens[i - 1].text(text).eq_ignore_ascii_case(d))
}

/// The words before a noun that make it the ordinary word, not a name. Not "that", which also
/// starts a clause ("DISCLOSED THAT HAMID HIT HER").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "my", "our", "your", "its", "no",
    "any", "each", "every", "some",
];

/// "ALTINO IDENTIFIED AS A CONCERN": an unknown word of four letters or more in a text written
/// in capitals is as likely a name as an unknown capitalised word elsewhere, not an acronym
/// ("CAMHS", "MARAC" are listed as never names) nor a rarer dictionary word ("ALTERCATION").
/// Not after "AT", "IN", "UPON" or "NEAR", where a place stands ("COURT AT BOGNOR REGIS").
fn unknown_word_in_capitals(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    let t = tokens[i].text(text);
    let after_place_word = i > 0
        && !tokens[i].newline_before
        && matches!(tokens[i - 1].text(text), "AT" | "IN" | "UPON" | "NEAR");
    // "LONG-TERM", "CALL-OUTS": a joined word is a name when each part is a name or no word
    // ("CRUZ-BRAY", "GÖNÜLTAŞ-GOFF").
    let joined_name = || {
        !t.contains('-')
            || t.split('-').all(|part| {
                let w = super::words::lookup(part);
                w.gazetteer() || !w.common() && !w.not_name() && !is_rare(part)
            })
    };
    t.chars().count() >= 4
        && t.chars().any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'))
        && !after_place_word
        && in_capitals(tokens, words, i)
        && joined_name()
        && !is_rare(t)
}

/// Whether `word` (in any case) is a rarer dictionary word (`lexicon::is_rare_word`).
fn is_rare(word: &str) -> bool {
    lexicon::is_rare_word(lexicon::lower_into(word, &mut String::new()))
}

/// Whether a name can end before token `k`: at a line's or the text's end, before punctuation
/// other than a colon ("Re: meeting"), or before a lowercase verb or grammar word ("and", "has").
fn name_can_end(text: &str, tokens: &[Token], words: &[Word], k: usize) -> bool {
    let Some(t) = tokens.get(k) else { return true };
    t.newline_before
        || t.kind == Kind::Punct && !t.is(text, b':')
        || words[k].case == Some(Case::Lower) && words[k].role & Role::VERB_OR_GRAMMAR != 0
}

/// Whether token `i` comes right after a strong title ("Mr", "DS", "Mrs."), which makes any
/// capitalised word a name ("Mr House", "DS York").
fn starts_after_title(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    // The title, or the title before a full stop ("Mr. Smith"); most words have neither.
    let k = if words[i - 1].title() {
        i - 1
    } else if i >= 2 && words[i - 2].title() && tokens[i - 1].is(text, b'.') {
        i - 2
    } else {
        return false;
    };
    !tokens[i].newline_before && words[k].role & Role::STRONG_TITLE != 0 && !ms_teams(text, tokens, k, i)
}

/// "Venue: MS Teams" ("MS TEAMS"): the title at `k` before the word at `i` is Microsoft's.
fn ms_teams(text: &str, tokens: &[Token], k: usize, i: usize) -> bool {
    tokens[k].text(text) == "MS" && tokens[i].text(text).eq_ignore_ascii_case("teams")
}

/// Whether token `k` runs on from a handle or a URL ("adiz_dsi. Cinderella", "x.com/jo_mr"): a
/// title word there is part of it, not a title.
fn run_into_handle(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0 && !tokens[k].space_before && matches!(text.as_bytes()[tokens[k - 1].end - 1], b'_' | b'/' | b'@')
}

/// "H.A." or "J.S.": two capital initials with full stops. Returns whether it pushed one.
fn dotted_initials(text: &str, tokens: &[Token], words: &[Word], i: usize, out: &mut Vec<Span>) -> bool {
    let dot = |k: usize| tokens.get(k).is_some_and(|t| t.is(text, b'.') && !t.space_before);
    let initial = |k: usize| words.get(k).is_some_and(|w| w.initial());
    let after_number = i > 0 && tokens[i - 1].kind == Kind::Number;
    if initial(i)
        && dot(i + 1)
        && initial(i + 2)
        && !tokens[i + 2].space_before
        && dot(i + 3)
        && !after_number
    {
        // "S.L.M.": a third initial belongs to the same name.
        let last = if initial(i + 4) && !tokens[i + 4].space_before && dot(i + 5) { i + 5 } else { i + 3 };
        out.push(candidate(tokens[i].start, tokens[last].end, Label::Person, 0.8, "person.initials"));
        return true;
    }
    false
}

/// "EQ was seen", "seen with KK": two or three capitals used as a name, where the context says
/// a person stands there (`initials_named`). Not an ordinary word in capitals ("AM was seen"):
/// a name's parts are masked wherever they recur, and "am" recurs in every letter.
fn short_upper_name(text: &str, tokens: &[Token], words: &[Word], i: usize, out: &mut Vec<Span>) -> bool {
    let (t, w) = (&tokens[i], &words[i]);
    let named = w.word()
        && w.case == Some(Case::Upper)
        && (2..=3).contains(&(t.end - t.start))
        && !w.not_name()
        && !w.common()
        && !lexicon::is_acronym(t.text(text))
        && initials_named(text, tokens, words, i, i);
    if named {
        out.push(candidate(t.start, t.end, Label::Person, 0.6, "person.initials"));
    }
    named
}

/// "mum said danyal picks him up": a lowercase word that no word list holds, or a listed name
/// that is also a word, before a verb whose subject is a person, in notes typed without
/// capitals; also in brackets after a relation ("call from mum (lamia)") and before a
/// possessive and a relation or a teacher ("pearl's teacher"). Words without a vowel ("txt")
/// and under three letters are left out; informal abbreviations are non-names.
fn unknown_lower_name(text: &str, tokens: &[Token], words: &[Word], i: usize, out: &mut Vec<Span>) -> bool {
    let (t, w) = (&tokens[i], &words[i]);
    // Most lowercase words are ordinary words and no first name: out first.
    if !(w.word() && w.case == Some(Case::Lower)) || w.common() && !w.first() || w.not_name() || w.particle()
    {
        return false;
    }
    // A listed first name that is also a word ("bill said owen picks", "will picks her up") too,
    // unless a determiner makes it the word ("the bill", "her mark").
    let determined = i > 0
        && !tokens[i].newline_before
        && (words[i - 1].role & Role::LEAD_IN != 0
            || matches!(
                tokens[i - 1].text(text),
                "a" | "an" | "this" | "that" | "no" | "every" | "each" | "any"
            ));
    let unlisted = !w.common() && !w.gazetteer();
    if !(unlisted || w.common() && w.first() && !determined) {
        return false;
    }
    let raw = t.text(text);
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || !c.is_ascii();
    if raw.chars().count() < 3 || !raw.chars().any(vowel) || raw.contains(['\'', '’', '-']) {
        return false;
    }
    let verb_after = tokens
        .get(i + 1)
        .is_some_and(|n| n.kind == Kind::Word && !n.newline_before && is_subject_verb(n.text(text)));
    let glued = |k: usize, c: u8| tokens.get(k).is_some_and(|n| n.is(text, c) && !n.space_before);
    let bracketed_after_relation =
        i >= 2 && tokens[i - 1].is(text, b'(') && words[i - 2].relation() && glued(i + 1, b')');
    let possessive_of_relation = (glued(i + 1, b'\'')
        || tokens.get(i + 1).is_some_and(|n| n.text(text) == "’"))
        && tokens.get(i + 2).is_some_and(|n| n.text(text) == "s" && !n.space_before)
        && tokens.get(i + 3).is_some_and(|n| !n.newline_before)
        && (words.get(i + 3).is_some_and(Word::relation) || tokens[i + 3].text(text) == "teacher");
    let named = verb_after || bracketed_after_relation || possessive_of_relation;
    if named {
        out.push(candidate(t.start, t.end, Label::Person, 0.7, "person.context"));
    }
    named
}

/// Verbs, in lowercase, whose subject is a person: not "was", "is" or "has", which follow any
/// word a list may lack ("username was", "cannabis is").
fn is_subject_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "applied"
            | "told"
            | "tells"
            | "disclosed"
            | "discloses"
            | "reported"
            | "reports"
            | "picks"
            | "picked"
            | "hits"
            | "hit"
            | "stayed"
            | "stays"
            | "weighed"
            | "seen"
            | "cried"
            | "smiled"
            | "laughed"
            | "shouts"
            | "shouted"
            | "wants"
            | "wanted"
            | "refused"
            | "agreed"
            | "asked"
            | "lives"
            | "lived"
            | "attends"
            | "attended"
            | "misses"
            | "missed"
            | "texted"
            | "phoned"
            | "rang"
            | "hasnt"
            | "didnt"
            | "doesnt"
    )
}

/// Whether initials without full stops at tokens `start..=end` ("KK", "J M") stand where a
/// person does: before a verb of speech or presence ("KK was seen"), after a contact word at a
/// clause's end ("seen at school with KK."), alone on a line after a blank one (a sign-off), or
/// after a dash at a line's end ("Subject: Referral - AF").
fn initials_named(text: &str, tokens: &[Token], words: &[Word], start: usize, end: usize) -> bool {
    let next = tokens.get(end + 1).filter(|n| !n.newline_before);
    if next.is_some_and(|n| n.kind == Kind::Word && words[end + 1].role & Role::AFTER_INITIALS != 0) {
        return true;
    }
    // Nothing that could carry a name on after them: "with KK." but not "with CP Team".
    let clause_ends =
        next.map_or(true, |n| n.kind == Kind::Punct && !n.is(text, b'\'') && n.text(text) != "’");
    let line_ends = next.is_none();
    let prev = start.checked_sub(1).filter(|_| !tokens[start].newline_before);
    let after_contact =
        prev.is_some_and(|p| tokens[p].kind == Kind::Word && words[p].role & Role::CONTACT_VERB != 0);
    // An action's owner: "- Home visit – LF – today", "FO to book the meeting".
    let between_dashes = next.is_some_and(|n| n.space_before && is_dash(n.text(text)))
        && after_spaced_dash(text, tokens, start);
    let to_act = next.is_some_and(|n| n.text(text) == "to")
        && words.get(end + 2).is_some_and(|w| w.role & Role::ACTION != 0 && w.case == Some(Case::Lower));
    (after_contact && clause_ends)
        || (after_spaced_dash(text, tokens, start) && line_ends)
        || (after_blank_line(text, tokens, start) && line_ends)
        || between_dashes
        || to_act
}

/// "- Referral to Early Help - Zygfryda.": a name after a spaced dash that ends its line (a full
/// stop or comma may close it), as a subject line or an action names whom it is about.
fn after_dash_at_line_end(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let line_ends_at = |k: usize| tokens.get(k).map_or(true, |t| t.newline_before);
    let closes =
        |k: usize| tokens.get(k).is_some_and(|t| !t.newline_before && (t.is(text, b'.') || t.is(text, b',')));
    after_spaced_dash(text, tokens, start)
        && (line_ends_at(end + 1) || closes(end + 1) && line_ends_at(end + 2))
}

/// Whether token `i` comes after a dash with spaces either side on its line ("Referral - AF",
/// "Home visit – LF").
fn after_spaced_dash(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && !tokens[i].newline_before
        && tokens[i].space_before
        && is_dash(tokens[i - 1].text(text))
        && tokens[i - 1].space_before
}

/// A hyphen, an en dash or an em dash.
fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2013}" | "\u{2014}")
}

/// Whether token `i` starts the text or a line after a blank one.
fn after_blank_line(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0 || text[tokens[i - 1].end..tokens[i].start].matches('\n').count() >= 2
}

/// An initial may start a chain only when a name follows it ("J. Smith", "J.S.").
fn initial_chain_ok(text: &str, tokens: &[Token], words: &[Word], i: usize) -> bool {
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.is(text, b'.')) {
        j += 1;
    }
    tokens.get(j).is_some_and(|t| !t.newline_before) && words.get(j).is_some_and(|w| w.name_like())
}

fn score_chain(text: &str, tokens: &[Token], words: &[Word], start: usize, end: usize, out: &mut Vec<Span>) {
    let chain = &words[start..=end];
    // The chain's name words (no particles), read a few times below without collecting them.
    let names = || chain.iter().filter(|w| w.word() && !w.particle());
    let n = names().filter(|w| !w.initial()).count();
    if n == 0 {
        // Initials spaced apart without full stops ("J M was seen") where a person stands.
        let spaced =
            (start + 1..=end).all(|k| tokens[k].space_before && tokens[k].end - tokens[k].start == 1);
        if spaced && initials_named(text, tokens, words, start, end) {
            out.push(candidate(tokens[start].start, tokens[end].end, Label::Person, 0.6, "person.initials"));
        }
        return;
    }
    // A chain of initials alone ("J.S.") needs a context word to count; handled with context.
    let at_start = sentence_start(text, tokens, words, start);
    let ctx = context(text, tokens, words, start, end);
    let mut span_start = tokens[start].start;
    if let Some(title_at) = ctx.title {
        span_start = tokens[title_at].start;
    }
    let mut span_end = tokens[end].end;
    // Keep a full stop that belongs to a trailing initial.
    if words[end].initial() && tokens.get(end + 1).is_some_and(|t| t.is(text, b'.') && !t.space_before) {
        span_end = tokens[end + 1].end;
    }

    // "Glen Street", "Tudor Group Practice", "Andrew's Primary": a place, not a person.
    if let Some(next) = tokens.get(end + 1).filter(|t| t.kind == Kind::Word && !t.newline_before) {
        if is_place_noun(next.text(text)) {
            return;
        }
    }
    // "IN THE FRIDGE": in a text in capitals, one word after a determiner is a noun.
    if start == end
        && words[start].case == Some(Case::Upper)
        && ctx.title.is_none()
        && after_determiner(text, tokens, start)
        && in_capitals(tokens, words, start)
    {
        return;
    }
    // "ABE interview", "handed over to EDT": an abbreviation in capitals.
    if start == end
        && words[start].case == Some(Case::Upper)
        && ctx.title.is_none()
        && lexicon::is_acronym(tokens[start].text(text))
    {
        return;
    }
    // "Ethnicity: White Irish", "Gypsy/Roma/Traveller": a person's attributes, not a name.
    if in_attribute_field(text, tokens, start) {
        return;
    }
    if ctx.title.is_none() && !ctx.possessive && place_after_preposition(text, tokens, words, start, end) {
        return;
    }
    // A chain that is a place's whole name ("at Milton Keynes") is a place wherever it stands.
    if ctx.title.is_none() && !ctx.possessive && is_place_name(text, tokens, words, start, end) {
        return;
    }
    // "Polish-speaking", "T-shirt": a word joined to a lowercase word is no name.
    if start == end && ctx.title.is_none() && hyphen_then_lowercase(tokens[start].text(text)) {
        return;
    }
    let lead = names().next().expect("a name word");
    // "Spring Way", "Glen Close": an ordinary or unknown word then a street word is a street;
    // "Jade Green" (a first name that is no ordinary word) stays a person, but a street word
    // that is no surname makes even a first name a street ("Clayton Road", "Washington Gardens").
    let last = tokens[end].text(text);
    let clear_first_name = lead.first() && !lead.common() && !is_street_word(last);
    if n >= 2 && is_place_noun(last) && !clear_first_name && ctx.title.is_none() {
        return;
    }
    // "The Brighton Road was shut": a street word after a place's name is the place's.
    let after_capital = start > 0
        && !tokens[start].newline_before
        && tokens[start - 1].kind == Kind::Word
        && words[start - 1].case == Some(Case::Capitalised);
    if n == 1 && start == end && is_street_word(last) && after_capital && ctx.title.is_none() {
        return;
    }
    let all_lower = names().all(|w| w.case == Some(Case::Lower));
    let all_common = || names().all(|w| w.common());
    // A chronology entry that starts with a word and a verb whose subject is a person
    // ("01.01.23 | Poppy attended A&E"): as after a sentence's start, not at it.
    let dated_subject = || {
        dated_entry(text, tokens, words, start)
            && tokens.get(end + 1).is_some_and(|t| !t.newline_before && is_subject_verb(t.text(text)))
    };
    let strong = ctx.title.is_some() || ctx.relation || ctx.known_as;
    let medium = ctx.verb_after
        || ctx.possessive
        || ctx.contact_before
        || after_dash_at_line_end(text, tokens, start, end);
    // Only a contact word before and nothing after ("Safeguarding and Care Planning" ending a
    // signature's line): too little for ordinary words that are surnames too.
    let weak_support = !strong
        && !ctx.verb_after
        && !ctx.possessive
        && tokens.get(end + 1).map_or(true, |t| t.newline_before || t.kind != Kind::Word);
    let score: f32 = if ctx.title.is_some() {
        0.95
    } else if all_lower {
        // Lowercase first names only ever pass `name_like` when they are not ordinary words.
        if strong || medium {
            0.8
        } else {
            0.6
        }
    } else if n >= 2 {
        let gazetteer_hits = names().filter(|w| w.gazetteer()).count();
        let ordinary = names().filter(|w| w.common() && !w.gazetteer()).count();
        if (lead.first() || lead.initial()) && gazetteer_hits >= 1 {
            0.92
        } else if gazetteer_hits >= 1 && ordinary == 0 {
            // Surnames that are all ordinary words at a line's start with nothing around them
            // are a heading or a service's name ("Front Door for Families").
            if strong || medium || !at_start {
                0.85
            } else if all_common() {
                0.45
            } else {
                0.7
            }
        } else if (strong || medium) && ordinary < n && !(weak_support && all_common() && !lead.first()) {
            // Words that are all ordinary ("a Child Arrangements Order") make a phrase even
            // after a relation word.
            0.8
        } else if ordinary == 0 {
            // Two or more unknown capitalised words together are most often a name.
            if at_start {
                0.6
            } else {
                0.65
            }
        } else {
            0.4
        }
    } else {
        let w = lead;
        // "J. Smith", "T Kingsley": an initial and one capitalised word that is a name or no
        // word at all is a name as plainly as a first name and a surname are.
        let word_after_initial = names().find(|x| !x.initial()).filter(|_| w.initial());
        // Two initials and a word that is also a name ("with C S. Joy at seeing") more often end
        // one sentence and start the next; "A" and "I" are words as well as initials ("an A.
        // Level").
        let article = matches!(text.as_bytes()[tokens[start].start], b'A' | b'I');
        let one_initial = names().filter(|x| x.initial()).count() == 1;
        let initial_and_name = word_after_initial.is_some_and(|x| {
            x.case == Some(Case::Capitalised)
                && !x.not_name()
                && (!x.common() || x.gazetteer() && !article && one_initial)
        });
        if strong || initial_and_name {
            0.9
        } else if w.first() && !w.common() {
            0.88
        } else if w.month() {
            // "in June": a month unless something says it is a person.
            if medium && (!at_start || dated_subject()) {
                0.6
            } else {
                0.2
            }
        } else if w.first() && w.common() {
            // "Grace", "Will", "May": a name only with support.
            if medium {
                0.8
            } else if !at_start && w.case == Some(Case::Capitalised) {
                0.55
            } else {
                0.3
            }
        } else if w.surname() && !w.common() {
            if medium {
                0.85
            } else if !at_start {
                0.65
            } else {
                0.45
            }
        } else if w.common() {
            if medium && (!at_start || dated_subject()) {
                0.6
            } else {
                0.2
            }
        } else if w.case == Some(Case::Upper) && !unknown_word_in_capitals(text, tokens, words, start) {
            // A lone unknown word in capitals is as likely an acronym ("and GB", "with MARAC");
            // two or three are initials where a person stands ("seen at school with KK.").
            let initials = (2..=3).contains(&(tokens[start].end - tokens[start].start))
                && initials_named(text, tokens, words, start, end);
            // A rarer word in a text in capitals ("CANNABIS WAS FOUND") is a word.
            let rare_word = in_capitals(tokens, words, start) && is_rare(tokens[start].text(text));
            if (ctx.verb_after || ctx.possessive || initials) && !rare_word {
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
    // Two or three capitals where initials stand ("FO to book the meeting" at a line's start,
    // where a surname alone would score low).
    let initials_stand = n == 1
        && start == end
        && lead.case == Some(Case::Upper)
        && (2..=3).contains(&(tokens[start].end - tokens[start].start))
        && initials_named(text, tokens, words, start, end);
    let score = if initials_stand { score.max(0.6) } else { score };
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
    // A title or relation ending the line before ("Role: School Nurse", "- sibling") says
    // nothing of the next line's first word; a sign-off ("Kind regards,") does.
    let mut crossed = false;
    // Past a full stop only a title counts ("Mr. Smith"): "...a kinship carer. Signs of Safety"
    // ends one sentence with a relation word and starts the next with an ordinary one.
    let mut stopped = false;
    // "13 Albourne Dr, Hollingdean": a title before a comma is none of the name's.
    let mut past_comma = false;
    while k > 0 && steps < 3 {
        crossed |= tokens[k].newline_before;
        k -= 1;
        steps += 1;
        let t = &tokens[k];
        let s = t.text(text);
        // "PC 4471 HEWITT": a police officer's collar number between the rank and the name.
        if t.kind == Kind::Number && steps == 1 && k > 0 && is_police_rank(tokens[k - 1].text(text)) {
            continue;
        }
        if t.kind == Kind::Punct {
            stopped |= s == ".";
            past_comma |= s == ",";
            if s == "." || s == "," {
                continue;
            }
            break;
        }
        let (w, role) = (&words[k], words[k].role);
        if crossed {
            ctx.contact_before = role & Role::CONTACT_VERB != 0;
            break;
        }
        if stopped && !w.title() {
            break;
        }
        if w.title()
            && ctx.title.is_none()
            && steps <= 2
            && !past_comma
            && !run_into_handle(text, tokens, k)
            && !ms_teams(text, tokens, k, start)
        {
            let strong = role & Role::STRONG_TITLE != 0;
            if strong || w.case == Some(Case::Capitalised) {
                ctx.title = Some(k);
            }
            break;
        }
        if w.relation() {
            ctx.relation = true;
            break;
        }
        if role & (Role::NAMING | Role::AS) != 0 {
            // "known as X", "aka X", "a boy called X"
            ctx.known_as = role & Role::NAMING != 0 || (k > 0 && words[k - 1].role & Role::KNOWN != 0);
            break;
        }
        if role & Role::CONTACT_VERB != 0 {
            ctx.contact_before = true;
            break;
        }
        if role & Role::LEAD_IN == 0 {
            break;
        }
    }
    // A letter's greeting: the name alone on its line after a blank one, then a comma ("Teije,").
    let line_alone = |k: usize| tokens.get(k).map_or(true, |t| t.newline_before);
    if tokens.get(end + 1).is_some_and(|t| t.is(text, b','))
        && line_alone(end + 2)
        && after_blank_line(text, tokens, start)
    {
        ctx.contact_before = true;
    }
    // After: a possessive, or a verb of speech or presence.
    let mut k = end + 1;
    while k < tokens.len() && tokens[k].is(text, b'.') && words[end].initial() {
        k += 1;
    }
    if let Some(t) = tokens.get(k) {
        let s = t.text(text);
        if (s == "'" || s == "’") && tokens.get(k + 1).is_some_and(|n| n.text(text).eq_ignore_ascii_case("s"))
        {
            ctx.possessive = true;
        } else if t.kind == Kind::Word && !t.newline_before {
            // "Hanka to support Kirsty": a capitalised word (not an acronym: "MASH to contact")
            // before an action.
            let action = || {
                s.eq_ignore_ascii_case("to")
                    && words[end].case == Some(Case::Capitalised)
                    && words.get(k + 1).is_some_and(|w| w.role & Role::ACTION != 0)
            };
            ctx.verb_after = words[k].role & Role::PERSON_VERB != 0 || action();
        } else if s == "," {
            // "Tom, aged 7," / "Donna, mum," / "Salvina, maternal grandmother," / "Sky, Faith's
            // younger sister,"
            if tokens.get(k + 1).is_some() {
                ctx.relation |=
                    words[k + 1].role & Role::AGE != 0 || relation_follows(text, tokens, words, k + 1);
            }
        } else if s == "(" {
            // "Donna (mum)", "Tom (7)", "Jack (his younger brother)"
            if let Some(n) = tokens.get(k + 1) {
                ctx.relation |= n.kind == Kind::Number || relation_follows(text, tokens, words, k + 1);
            }
        }
    }
    ctx
}

/// Whether a relation word stands at token `k`, perhaps after words that lead into one ("his
/// younger", "maternal") and another's name ("Faith's younger sister"), on the same line.
fn relation_follows(text: &str, tokens: &[Token], words: &[Word], mut k: usize) -> bool {
    let possessive = |k: usize| {
        tokens.get(k + 1).is_some_and(|t| t.is(text, b'\'') || t.text(text) == "’")
            && tokens.get(k + 2).is_some_and(|t| t.text(text) == "s")
    };
    for step in 0..4 {
        let (Some(t), Some(w)) = (tokens.get(k), words.get(k)) else { return false };
        if t.newline_before || !w.word() {
            return false;
        }
        if w.relation() {
            return true;
        }
        if w.role & Role::LEAD_IN != 0 {
            k += 1;
        } else if step == 0 && w.case == Some(Case::Capitalised) && possessive(k) {
            k += 3;
        } else {
            return false;
        }
    }
    false
}

/// Street words no family is named: after a first name they still make a street ("Clayton
/// Road", "Tudor Mews"), where "Jade Green" and "Amy Lane" may be people.
fn is_street_word(word: &str) -> bool {
    matches!(
        word,
        "Road"
            | "Rd"
            | "Street"
            | "Avenue"
            | "Ave"
            | "Close"
            | "Crescent"
            | "Drive"
            | "Gardens"
            | "Gdns"
            | "Mews"
            | "Parade"
            | "Terrace"
            | "Square"
            | "Place"
            | "Rise"
    )
}

/// Capitalised nouns that make the words before them a street or an institution.
fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "Road"
            | "Rd"
            | "Gdns"
            | "Street"
            | "Avenue"
            | "Ave"
            | "Close"
            | "Court"
            | "Crescent"
            | "Drive"
            | "Gardens"
            | "Grove"
            | "Hill"
            | "Lane"
            | "Mews"
            | "Parade"
            | "Place"
            | "Rise"
            | "Row"
            | "Square"
            | "Terrace"
            | "View"
            | "Walk"
            | "Way"
            | "Wharf"
            | "Green"
            | "Park"
            | "Vale"
            | "Yard"
            | "School"
            | "Academy"
            | "College"
            | "Nursery"
            | "Primary"
            | "Surgery"
            | "Practice"
            | "Centre"
            | "Center"
            | "Clinic"
            | "Hospital"
            | "House"
            | "Cottage"
            | "Farm"
            | "Lodge"
            | "Estate"
            | "Group"
            | "Family"
            | "Medical"
            | "Health"
            | "Infants"
            | "Juniors"
            | "Junior"
            | "Infant"
            | "High"
            | "Community"
            | "Catholic"
            | "Church"
            | "Council"
            | "Police"
            | "Services"
            | "Trust"
            | "Team"
            | "Hub"
            | "Unit"
            | "Ward"
    )
}

/// "MORRIS, Jade" in forms: an upper-case surname, a comma, then a capitalised first name.
fn surname_comma_first(text: &str, tokens: &[Token], words: &[Word], out: &mut Vec<Span>) {
    // Where a form or a subject line puts a name: at a line's start, after a colon, or after a
    // bullet at a line's start ("* SHEIKH, Leana - home visit").
    let heads_a_field = |i: usize| {
        let bullet = |j: usize| {
            tokens[j].kind == Kind::Punct
                && (j == 0 || tokens[j].newline_before)
                && matches!(text.as_bytes()[tokens[j].start], b'-' | b'*')
        };
        i == 0 || tokens[i].newline_before || tokens[i - 1].is(text, b':') || bullet(i - 1)
    };
    for i in 0..tokens.len().saturating_sub(2) {
        let (a, comma, b) = (&words[i], &tokens[i + 1], &words[i + 2]);
        if a.case != Some(Case::Upper)
            || !a.word()
            || tokens[i].end - tokens[i].start < 2
            || !comma.is(text, b',')
            || !(b.case == Some(Case::Capitalised) && (b.first() || !b.common() && !b.not_name())
                // In capitals, a listed first name at a field's head: "RE: THOMPSON, JAMIE".
                || b.case == Some(Case::Upper) && b.first() && heads_a_field(i) && in_capitals(tokens, words, i))
            || tokens[i + 2].newline_before
        {
            continue;
        }
        // Anywhere, a surname that is no word. At a field's head, a surname that is also a
        // word, even one never a name elsewhere ("KEY, Matt", "HOUSE, Dara", "ENGLISH, Lisa"):
        // capitals, a comma and a first name there are a surname-first name. Not an agency
        // ("DSL, Preston Community College", "GP, Acacia Surgery"), which is no surname.
        let head = heads_a_field(i);
        let anywhere = !a.not_name() && !a.common();
        let listed = a.surname() || !a.not_name();
        if !(anywhere || head && listed && !a.title() && !a.relation()) {
            continue;
        }
        let mut end = i + 2;
        // "MORRIS, Jade Louise"
        if words.get(i + 3).is_some_and(|w| w.case == Some(Case::Capitalised) && w.first())
            && !tokens[i + 3].newline_before
        {
            end = i + 3;
        }
        // A particle in capitals before the surname belongs to it: "BIN OMAR, Bethany".
        let mut start = i;
        if i > 0
            && words[i - 1].particle_any_case()
            && words[i - 1].case == Some(Case::Upper)
            && !tokens[i].newline_before
            && heads_a_field(i - 1)
        {
            start = i - 1;
        }
        out.push(candidate(tokens[start].start, tokens[end].end, Label::Person, 0.9, "person.surname_first"));
    }
}

/// "Child(ren)", "parent(s)": a plural ending in brackets run into a word is part of that word
/// ("Mum(Akua)", typed without a space, is a name).
fn glued_to_word_in_brackets(text: &str, t: &Token) -> bool {
    // Every chain's first word is asked: the bracket first, the word only after one.
    let before = &text.as_bytes()[..t.start];
    before.len() >= 2
        && before[before.len() - 1] == b'('
        && before[before.len() - 2].is_ascii_alphabetic()
        && ["ren", "s", "es", "ies"].iter().any(|e| t.text(text).eq_ignore_ascii_case(e))
}

fn followed_by_person_verb(tokens: &[Token], words: &[Word], t: &Token) -> bool {
    let at = tokens.partition_point(|x| x.start <= t.start);
    tokens.get(at).is_some_and(|n| n.kind == Kind::Word && words[at].role & Role::PERSON_VERB != 0)
}

/// Masks every later occurrence, in any casing, of the words of names already found.
/// `words` are what the `tokens` are (`words::classify`).
pub(crate) fn propagate(text: &str, tokens: &[Token], words: &[Word], spans: &[Span]) -> Vec<Span> {
    // The parts of the names found: (lowercase hash, as written, everyday word), sorted by hash.
    // Written forms are kept, not lowercase copies; the few tokens whose hash is a part's are
    // lowercased to confirm.
    let mut parts: Vec<(u64, &str, bool)> = Vec::with_capacity(2 * spans.len());
    for s in spans.iter().filter(|s| s.label == Label::Person) {
        for w in words::parts(&text[s.start..s.end]) {
            let word = words::lookup(w);
            // A nickname's everyday words ("Big Man") are no name elsewhere.
            let nickname_word = s.detector == "person.nickname" && word.common();
            if word.propagates() && !nickname_word {
                parts.push((word.lower_hash, w, word.everyday()));
            }
        }
    }
    if parts.is_empty() {
        return Vec::new();
    }
    parts.sort_unstable();
    parts.dedup();
    // A bit per hash first, at least 16 bits a part so a long text's many names leave most
    // bits clear: most words are no name part.
    let slots = (parts.len() * 16).next_power_of_two().max(1024);
    let slot = |h: u64| ((h ^ (h >> 32)) as usize) & (slots - 1);
    let mut bits = vec![0u64; slots / 64];
    for &(h, _, _) in &parts {
        bits[slot(h) / 64] |= 1 << (slot(h) % 64);
    }
    let (mut buf, mut part_buf) = (String::new(), String::new());
    let mut covered = spans.iter().map(|s| (s.start, s.end)).peekable();
    let mut extra = Vec::new();
    for (t, w) in tokens.iter().zip(words).filter(|(t, _)| t.kind == Kind::Word) {
        if bits[slot(w.lower_hash) / 64] & 1 << (slot(w.lower_hash) % 64) == 0 {
            continue;
        }
        // The names found themselves pass the filter; they are covered.
        while covered.peek().is_some_and(|&(_, e)| e <= t.start) {
            covered.next();
        }
        if covered.peek().is_some_and(|&(s, _)| s < t.end) {
            continue;
        }
        let from = parts.partition_point(|p| p.0 < w.lower_hash);
        let same_hash = &parts[from..from + parts[from..].partition_point(|p| p.0 == w.lower_hash)];
        if same_hash.is_empty() {
            continue;
        }
        let raw = t.text(text);
        let l = lexicon::lower_into(raw, &mut buf);
        let Some(&(_, _, everyday)) =
            same_hash.iter().find(|(_, part, _)| lexicon::lower_into(part, &mut part_buf) == l)
        else {
            continue;
        };
        // An everyday word ("rose", "will") or a verb ("said", a name too) is only a name again
        // when written as one.
        let everyday = everyday || w.role & (Role::PERSON_VERB | Role::CONTACT_VERB) != 0;
        if everyday && case_of(raw) == Case::Lower && !followed_by_person_verb(tokens, words, t) {
            continue;
        }
        // In capitals a verb's case says nothing: "WILL" recurs as a name only where no modal
        // can stand, before a person's verb or possessive, or a mark that ends a phrase ("THE
        // REVIEW FOR WILL.", not "THE COURT WILL SET A DATE").
        if w.role & Role::VERB_OR_GRAMMAR != 0 && w.case == Some(Case::Upper) {
            // The token's index, looked up only here: counting every token cost more.
            let k = tokens.partition_point(|x| x.start < t.start);
            let ends_phrase = tokens.get(k + 1).map_or(true, |n| {
                n.newline_before
                    || n.kind == Kind::Punct
                        && matches!(text.as_bytes()[n.start], b'.' | b',' | b';' | b':' | b')' | b'!' | b'?')
            });
            if in_capitals(tokens, words, k) && !ends_phrase && !person_follows(text, tokens, words, k) {
                continue;
            }
        }
        if glued_to_word_in_brackets(text, t) {
            continue;
        }
        extra.push(candidate(t.start, t.end, Label::Person, 0.8, "person.propagated"));
    }
    extra
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// Propagation as first written: every name part lowercased into a set of strings.
    fn propagate_by_strings(
        text: &str,
        tokens: &[Token],
        words: &[Word],
        spans: &[Span],
    ) -> Vec<(usize, usize)> {
        use std::collections::HashSet;
        let (mut parts, mut everyday) = (HashSet::new(), HashSet::new());
        for s in spans.iter().filter(|s| s.label == Label::Person) {
            for w in text[s.start..s.end]
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            {
                let l = lexicon::lower_into(w, &mut String::new()).to_string();
                let skip = l.chars().count() < 2
                    || lexicon::is_title(&l)
                    || lexicon::get().is_not_name(&l)
                    || super::words::is_particle(&l);
                if !skip {
                    if lexicon::is_everyday_word(&l) {
                        everyday.insert(l.clone());
                    }
                    parts.insert(l);
                }
            }
        }
        let inside = |t: &Token| spans.iter().any(|s| s.start < t.end && t.start < s.end);
        tokens
            .iter()
            .zip(words)
            .filter(|(t, _)| t.kind == Kind::Word && !inside(t))
            .filter(|(t, w)| {
                let raw = t.text(text);
                let l = lexicon::lower_into(raw, &mut String::new()).to_string();
                let verb = w.role & (Role::PERSON_VERB | Role::CONTACT_VERB) != 0;
                parts.contains(&l)
                    && !((everyday.contains(&l) || verb)
                        && case_of(raw) == Case::Lower
                        && !followed_by_person_verb(tokens, words, t))
                    && !glued_to_word_in_brackets(text, t)
            })
            .map(|(t, _)| (t.start, t.end))
            .collect()
    }

    /// Hash-first propagation masks exactly what comparing lowercase strings masks, with names
    /// in every case, curly and straight apostrophes, everyday words, titles and non-ASCII.
    #[test]
    fn propagation_matches_string_comparison() {
        let pieces = [
            "Jade",
            "JADE",
            "jade",
            "Rose",
            "rose",
            "Will",
            "will",
            "said",
            "O'Neill",
            "o’neill",
            "O’NEILL",
            "Smith-Jones",
            "smith-jones",
            "Mr",
            "Ms",
            "van",
            "the",
            "a",
            "J",
            "Ávila",
            "ÁVILA",
            "İs",
            "Zoë",
            "Jade's",
            ",",
            ".",
            "\n",
            "12",
        ];
        for text in super::super::random_texts(&pieces, 2000, 20, 12, 0x2545_f491_4f6c_dd1d) {
            let tokens = tokenize(&text);
            let words = words::classify(&text, &tokens);
            // Every third word token is a name found already.
            let spans: Vec<Span> = tokens
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .step_by(3)
                .map(|t| candidate(t.start, t.end, Label::Person, 0.9, "test"))
                .collect();
            let found: Vec<_> =
                propagate(&text, &tokens, &words, &spans).iter().map(|s| (s.start, s.end)).collect();
            assert_eq!(found, propagate_by_strings(&text, &tokens, &words, &spans), "{text:?}");
        }
    }
}
