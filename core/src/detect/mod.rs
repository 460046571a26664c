//! Detection: every detector proposes candidate spans; `resolve` keeps the best
//! non-overlapping set; names found once are then propagated through the document.

pub(crate) mod address;
mod capitals;
pub(crate) mod case_number;
pub(crate) mod contact;
pub(crate) mod cues;
pub(crate) mod date;
pub(crate) mod forms;
mod gaps;
pub(crate) mod known;
pub(crate) mod national;
pub(crate) mod person;
pub(crate) mod postcode;
mod resolve;
mod shapes;
mod spaces;
mod windows;
pub(crate) mod words;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::tokens::tokenize;
use crate::{Config, Error, Label, Span};

/// Everything `find` needs, compiled once from a configuration.
pub(crate) struct Detectors {
    enabled: [bool; Label::ALL.len()],
    known: known::Known,
    case_numbers: case_number::CaseNumbers,
    allow: Option<AhoCorasick>,
}

impl Detectors {
    pub fn build(config: &Config) -> Result<Detectors, Error> {
        let mut enabled = [config.entities.is_none(); Label::ALL.len()];
        for label in config.entities.iter().flatten() {
            enabled[label.index()] = true;
        }
        let allow = if config.allow.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&config.allow)
                    .map_err(|_| Error::key("allow", "too many or too long phrases"))?,
            )
        };
        // Make sure the shared word lists are loaded at build time, not on the first call.
        crate::lexicon::get();
        Ok(Detectors {
            enabled,
            known: known::Known::build(config)?,
            case_numbers: case_number::CaseNumbers::build(&config.case_number_patterns)?,
            allow,
        })
    }

    fn on(&self, label: Label) -> bool {
        self.enabled[label.index()]
    }

    pub fn find(&self, text: &str, config: &Config) -> Vec<Span> {
        self.find_timed(text, config, &mut |_| {})
    }

    /// `find`, calling `lap` with each stage's name as the stage ends, in order (`tokens`,
    /// `words`, ... `allow`): `Redactor::find_stage_times` times them; `find` passes a closure
    /// that does nothing, which the compiler removes.
    pub fn find_timed(&self, text: &str, config: &Config, lap: &mut impl FnMut(&'static str)) -> Vec<Span> {
        match spaces::Spaced::of(text) {
            None => self.find_spaced(text, config, lap),
            Some(spaced) => {
                let mut spans = self.find_spaced(&spaced.text, config, lap);
                for s in &mut spans {
                    (s.start, s.end) = (spaced.shifts.original(s.start), spaced.shifts.original(s.end));
                }
                spans
            }
        }
    }

    /// `find` on a text whose spaces are all ASCII (`spaces`).
    fn find_spaced(&self, text: &str, config: &Config, lap: &mut impl FnMut(&'static str)) -> Vec<Span> {
        if text.is_empty() {
            return Vec::new();
        }
        lap("spaces");
        let tokens = tokenize(text);
        lap("tokens");
        let words = words::classify(text, &tokens);
        lap("words");
        let cues = cues::Cues::of(text, &tokens, &words);
        lap("cues");
        // About one candidate for every 30 bytes of a note: room for them, as a vector that
        // grows is copied.
        let mut candidates = Vec::with_capacity(text.len() / 30 + 8);
        self.known.find(text, &mut candidates);
        lap("known");
        if self.on(Label::Email) || self.on(Label::Handle) {
            contact::find(text, &tokens, &cues, &mut candidates);
        }
        lap("contact");
        let digits = digit_windows(&tokens);
        let runs = shapes::Runs::of_tokens(text, &tokens);
        lap("digit windows");
        national::find(text, &digits, &runs, &mut candidates);
        lap("national");
        postcode::find(text, &digits, &runs, &mut candidates);
        lap("postcode");
        gaps::find(text, &mut candidates);
        lap("gaps");
        date::find(text, &tokens, &digits, &runs, config.date_order, &cues, &mut candidates);
        self.known.upgrade_dates(text, config.date_order, &mut candidates);
        lap("date");
        self.case_numbers.find(text, &tokens, &mut candidates);
        lap("case_number");
        address::find(text, &tokens, &cues, &mut candidates);
        lap("address");
        if cues.has(cues::Cues::CAPITAL_PLACE) && self.on(Label::Address) {
            capitals::find_addresses(text, &tokens, &cues, &mut candidates);
        }
        lap("capitals");
        forms::find(text, &tokens, &mut candidates);
        lap("forms");
        person::find(text, &tokens, &words, &mut candidates);
        lap("person");

        candidates.retain(|c| self.on(c.label) && c.score >= config.min_score);
        let mut spans = resolve::resolve(text, candidates);
        lap("resolve");
        if self.on(Label::Person) {
            let mut extra = person::propagate(text, &tokens, &words, &spans);
            // Propagated names have their own score, which min_score applies to as well.
            extra.retain(|c| c.score >= config.min_score);
            if !extra.is_empty() {
                // Propagated names lie outside every span (see `propagate`): no second
                // resolution is needed, only the order: both are in order, and the stable sort
                // merges two runs in one pass.
                spans.extend(extra);
                spans.sort_by_key(|s| s.start);
                debug_assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
            }
        }
        lap("propagate");
        if let Some(allow) = &self.allow {
            drop_allowed(text, allow, &mut spans);
        }
        lap("allow");
        spans
    }
}

/// Drops spans that lie inside an allowed phrase (whole-word matches only).
fn drop_allowed(text: &str, allow: &AhoCorasick, spans: &mut Vec<Span>) {
    let allowed: Vec<(usize, usize)> = allow
        .find_iter(text)
        .filter(|m| known::at_word_boundaries(text, m.start(), m.end()))
        .map(|m| (m.start(), m.end()))
        .collect();
    if !allowed.is_empty() {
        spans.retain(|s| !allowed.iter().any(|&(a, b)| a <= s.start && s.end <= b));
    }
}

/// Where the fixed-shape numbers (NHS, NI, phone, postcode, numeric and ISO dates) can be: their
/// patterns take ASCII digits only (`[0-9]`), which always lie in `Number` or `Alnum` tokens,
/// reach at most two tokens before the first ("+44", "QQ 12", "(0") and after the last ("56 C"),
/// and have no gap between two digits as long as `windows::WINDOW_GAP`, under which windows merge.
pub(crate) fn digit_windows(tokens: &[crate::tokens::Token]) -> Vec<std::ops::Range<usize>> {
    use crate::tokens::Kind;
    let numbers = (0..tokens.len()).filter(|&i| matches!(tokens[i].kind, Kind::Number | Kind::Alnum));
    windows::around(tokens, numbers, windows::Reach { back: 2, ahead: 2 })
}

/// A candidate span; detectors push these and `resolve` picks among them.
pub(crate) fn candidate(start: usize, end: usize, label: Label, score: f32, detector: &'static str) -> Span {
    Span { start, end, label, score, detector }
}

/// Random texts for tests that compare a windowed search with a whole-text one: `count` texts of
/// `pieces` picked by a xorshift generator from `seed`, each followed by a space with
/// probability `space_in_16` / 16. Deterministic, so a failure names a text that stays failing.
#[cfg(test)]
pub(crate) fn random_texts(
    pieces: &[&str],
    count: usize,
    words: usize,
    space_in_16: u64,
    mut seed: u64,
) -> Vec<String> {
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..words {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                if seed >> 60 < space_in_16 {
                    text.push(' ');
                }
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// Inside the digit windows the fixed-shape numbers are found as in the whole text: NHS, NI,
    /// phone numbers, postcodes and numeric dates, spaced, glued and mixed at random.
    #[test]
    fn digit_windows_find_what_the_whole_text_gives() {
        let pieces = [
            "943",
            "476",
            "5919",
            "9434765919",
            "QQ",
            "12",
            "34",
            "56",
            "C",
            "AB",
            "+44",
            "(0)",
            "07700",
            "900",
            "123",
            "(01273)",
            "BN2",
            "1AB",
            "GIR",
            "0AA",
            "SW1A",
            "2AA",
            "12/03/2019",
            "2019-03-12",
            "03",
            "/",
            "-",
            ".",
            "Jade",
            "Flat",
            "é",
            "x",
            " ",
            "  ",
            "\n",
            "0044",
            "1",
            "7",
        ];
        for text in random_texts(&pieces, 3000, 24, 10, 0x5bd1_e995_1234_5678) {
            let tokens = tokenize(&text);
            let digits = digit_windows(&tokens);
            let all = 0..text.len();
            let whole = std::slice::from_ref(&all);
            let words = words::classify(&text, &tokens);
            let cues = cues::Cues::of(&text, &tokens, &words);
            let run = |w: &[std::ops::Range<usize>]| {
                let mut out = Vec::new();
                let runs = shapes::Runs::of(text.as_bytes(), w);
                national::find(&text, w, &runs, &mut out);
                postcode::find(&text, w, &runs, &mut out);
                date::find(&text, &tokens, w, &runs, crate::DateOrder::Dmy, &cues, &mut out);
                out.iter().map(|s| (s.start, s.end, s.label, s.detector)).collect::<Vec<_>>()
            };
            assert_eq!(run(&digits), run(whole), "{text:?}");
        }
    }
}
