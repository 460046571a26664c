//! Chooses a sorted, non-overlapping set of spans from overlapping candidates.
//!
//! Candidates are taken best first (score, then length). A candidate that overlaps spans already
//! taken keeps the parts outside them when those parts still hold a word or number, so a form
//! value masked as an address still masks the name-free rest of the line around a title+name.

use crate::{Label, Span};

pub(crate) fn resolve(text: &str, candidates: Vec<Span>) -> Vec<Span> {
    // A candidate's fate depends only on the candidates that share a byte with it, and theirs on
    // theirs: each group of candidates joined by overlaps is resolved on its own. Sorting a long
    // text's candidates best first all together grew as n log n; sorted by start, they come as a
    // few runs (each detector finds in order), which the stable sort merges.
    let mut by_start: Vec<(usize, usize)> =
        candidates.iter().enumerate().filter(|(_, c)| c.start < c.end).map(|(i, c)| (c.start, i)).collect();
    by_start.sort();
    // Which bytes the spans taken so far cover. They never overlap, so the pieces of `c` outside
    // them are its runs of bytes not yet covered.
    let mut covered = Covered::new(text.len());
    let mut taken: Vec<Span> = Vec::with_capacity(by_start.len());
    let mut group: Vec<(u32, usize, usize, usize)> = Vec::new();
    let mut g = 0;
    while g < by_start.len() {
        let mut group_end = candidates[by_start[g].1].end;
        let mut h = g + 1;
        while h < by_start.len() && by_start[h].0 < group_end {
            group_end = group_end.max(candidates[by_start[h].1].end);
            h += 1;
        }
        if h == g + 1 {
            // Most candidates overlap nothing.
            taken.push(candidates[by_start[g].1].clone());
            g = h;
            continue;
        }
        // Best first: score, then length, then position; ties keep the detectors' order (the
        // index), as a stable sort would, but the unstable sort on a precomputed key is cheaper.
        group.clear();
        group.extend(by_start[g..h].iter().map(|&(_, i)| {
            let c = &candidates[i];
            (score_key(c.score), usize::MAX - (c.end - c.start), c.start, i)
        }));
        group.sort_unstable();
        let from_taken = taken.len();
        for &(_, _, _, i) in &group {
            take(text, &candidates[i], &mut covered, &mut taken);
        }
        taken[from_taken..].sort_unstable_by_key(|s| s.start);
        g = h;
    }
    merge_address_parts(text, &mut taken);
    taken
}

/// Takes the parts of `c` that `covered` leaves clear: all of it when they overlap nothing.
fn take(text: &str, c: &Span, covered: &mut Covered, taken: &mut Vec<Span>) {
    if !covered.any(c.start, c.end) {
        covered.set(c.start, c.end);
        taken.push(c.clone());
        return;
    }
    let mut from = c.start;
    while from < c.end {
        let s = covered.next_clear(from, c.end);
        let e = covered.next_set(s, c.end);
        if s < e {
            if let Some(piece) = trimmed_piece(text, c, s, e) {
                covered.set(piece.start, piece.end);
                taken.push(piece);
            }
        }
        from = e;
    }
}

/// A set of byte positions, a bit each.
struct Covered(Vec<u64>);

impl Covered {
    fn new(len: usize) -> Covered {
        Covered(vec![0; len / 64 + 1])
    }

    fn get(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 == 1
    }

    /// Whether any position in `start..end` is in the set.
    fn any(&self, start: usize, end: usize) -> bool {
        let (mut i, end) = (start, end);
        while i < end {
            let (word, bit) = (i / 64, i % 64);
            let n = (64 - bit).min(end - i);
            let mask = if n == 64 { u64::MAX } else { ((1u64 << n) - 1) << bit };
            if self.0[word] & mask != 0 {
                return true;
            }
            i += n;
        }
        false
    }

    fn set(&mut self, start: usize, end: usize) {
        for i in start..end {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }

    /// The first position from `i` not in the set, or `end`.
    fn next_clear(&self, mut i: usize, end: usize) -> usize {
        while i < end && self.get(i) {
            i += 1;
        }
        i
    }

    /// The first position from `i` in the set, or `end`.
    fn next_set(&self, mut i: usize, end: usize) -> usize {
        while i < end && !self.get(i) {
            i += 1;
        }
        i
    }
}

/// A key that sorts scores from highest to lowest (as `f32::total_cmp` orders them, reversed).
fn score_key(score: f32) -> u32 {
    let bits = score.to_bits();
    // total_cmp's order as unsigned integers: flip all bits of negatives, the sign bit of others.
    let ascending = if bits >> 31 == 1 { !bits } else { bits | 1 << 31 };
    !ascending
}

/// Joins address spans separated only by spaces, commas or line breaks ("14a Elm Close" and
/// "Hove" on the next line of a form) into one address.
fn merge_address_parts(text: &str, spans: &mut Vec<Span>) {
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        if let Some(prev) = merged.last_mut() {
            let gap = &text[prev.end..s.start];
            if prev.label == Label::Address
                && s.label == Label::Address
                && gap.chars().all(|c| c.is_whitespace() || c == ',')
            {
                prev.end = s.end;
                prev.score = prev.score.max(s.score);
                continue;
            }
        }
        merged.push(s);
    }
    *spans = merged;
}

/// The part of `c` in `start..end` with surrounding spaces and punctuation trimmed, if it still
/// holds at least two letters or digits.
fn trimmed_piece(text: &str, c: &Span, start: usize, end: usize) -> Option<Span> {
    let piece = &text[start..end];
    let is_edge = |ch: char| !ch.is_alphanumeric();
    let lead = piece.len() - piece.trim_start_matches(is_edge).len();
    let trimmed = piece.trim_matches(is_edge);
    if trimmed.chars().filter(|ch| ch.is_alphanumeric()).count() < 2 {
        return None;
    }
    // An NI, NHS or phone number's piece without its digits is none ("ON" of "ON 2023-08-15",
    // whose digits are a date's).
    let numbered = matches!(c.label, Label::NiNumber | Label::NhsNumber | Label::Phone);
    if numbered && !trimmed.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let start = start + lead;
    Some(Span { start, end: start + trimmed.len(), ..c.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, score: f32) -> Span {
        Span { start, end, label: Label::Person, score, detector: "test" }
    }

    #[test]
    fn score_keys_sort_as_total_cmp_reversed() {
        let mut scores =
            vec![0.0f32, -0.0, 1.0, 0.95, 0.9500001, -1.0, f32::INFINITY, f32::NEG_INFINITY, 0.5, 1e-9];
        let mut by_key = scores.clone();
        by_key.sort_by_key(|&s| score_key(s));
        scores.sort_by(|a, b| b.total_cmp(a));
        assert_eq!(
            by_key.iter().map(|s| s.to_bits()).collect::<Vec<_>>(),
            scores.iter().map(|s| s.to_bits()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn best_first_then_longest() {
        let text = "abcd efgh ijkl mnop qrst uv";
        let out = resolve(text, vec![span(0, 4, 0.6), span(0, 10, 0.6), span(5, 14, 0.9), span(20, 22, 0.5)]);
        let ranges: Vec<_> = out.iter().map(|s| (s.start, s.end)).collect();
        // (0, 10) loses to (5, 14) but keeps "abcd"; (0, 4) then overlaps it and is dropped.
        assert_eq!(ranges, [(0, 4), (5, 14), (20, 22)]);
        assert_eq!(out[0].score, 0.6);
    }

    /// A number's piece without its digits is dropped; a name's piece is kept.
    #[test]
    fn a_number_cut_from_its_digits_is_dropped() {
        let text = "REVIEW ON 2023-08-15 AND DR LEE SMITH";
        let ni = Span { start: 7, end: 20, label: Label::NiNumber, score: 0.6, detector: "test" };
        let date = Span { start: 10, end: 20, label: Label::Date, score: 0.95, detector: "test" };
        let ranges = |out: Vec<Span>| out.iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
        assert_eq!(ranges(resolve(text, vec![ni, date.clone()])), [(10, 20, Label::Date)]);
        let person = Span { start: 25, end: 37, label: Label::Person, score: 0.6, detector: "test" };
        let address = Span { start: 28, end: 37, label: Label::Address, score: 0.9, detector: "test" };
        assert_eq!(
            ranges(resolve(text, vec![person, address])),
            [(25, 27, Label::Person), (28, 37, Label::Address)]
        );
    }

    /// Resolution as first written, with the taken spans in a map keyed by start.
    fn resolve_by_map(text: &str, mut candidates: Vec<Span>) -> Vec<Span> {
        candidates.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.start.cmp(&b.start))
        });
        let mut taken = std::collections::BTreeMap::new();
        for c in candidates.into_iter().filter(|c| c.start < c.end) {
            let overlapping: Vec<(usize, usize)> = taken
                .range(..c.end)
                .rev()
                .map(|(_, t): (_, &Span)| (t.start, t.end))
                .take_while(|&(_, e)| e > c.start)
                .collect();
            if overlapping.is_empty() {
                taken.insert(c.start, c);
                continue;
            }
            let mut from = c.start;
            let mut pieces = Vec::new();
            for &(s, e) in overlapping.iter().rev() {
                if s > from {
                    pieces.push((from, s));
                }
                from = from.max(e);
            }
            if from < c.end {
                pieces.push((from, c.end));
            }
            for (s, e) in pieces {
                if let Some(piece) = trimmed_piece(text, &c, s, e) {
                    taken.insert(piece.start, piece);
                }
            }
        }
        let mut spans: Vec<Span> = taken.into_values().collect();
        merge_address_parts(text, &mut spans);
        spans
    }

    /// The byte set gives what the map of taken spans gave, on random overlapping candidates
    /// over a text longer than one 64-bit word of the set.
    #[test]
    fn covered_bytes_resolve_as_the_map_did() {
        let text = "Jade Morris, 14 Elm Close, Hove BN3 1AB; Dr O'Neill rang on 12/03/2019 about \
                    Tom (7) and his mum Donna, at Saint Mary's Primary, Hove, on 07700 900123.";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let labels = [Label::Person, Label::Address, Label::Date];
        let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for round in 0..6000 {
            // Half the rounds have many short candidates: groups apart and groups joined.
            let (count, reach) = if round % 2 == 0 { (12, boundaries.len()) } else { (40, 12) };
            let candidates: Vec<Span> = (0..next(count))
                .map(|_| {
                    let ia = next(boundaries.len());
                    let ib = if reach == boundaries.len() { next(reach) } else { ia + next(reach) };
                    let (a, b) = (boundaries[ia], boundaries[ib.min(boundaries.len() - 1)]);
                    let score = [0.3, 0.6, 0.6, 0.9, 1.0][next(5)];
                    Span { start: a.min(b), end: a.max(b), label: labels[next(3)], score, detector: "test" }
                })
                .collect();
            let view = |spans: Vec<Span>| {
                spans.iter().map(|s| (s.start, s.end, s.label, s.score.to_bits())).collect::<Vec<_>>()
            };
            assert_eq!(
                view(resolve(text, candidates.clone())),
                view(resolve_by_map(text, candidates.clone())),
                "{candidates:?}"
            );
        }
    }
}
