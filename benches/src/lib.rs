//! Inputs and measuring helpers shared by the criterion suite (`benches/redact.rs`), the one-run
//! report (`casemask-bench-report`) and the profiling driver (`casemask-bench-profile`).
//!
//! Every input is deterministic. Ordinary text comes from the evaluation corpus
//! (`tests/corpus/corpus.jsonl`, or the file named by `CASEMASK_CORPUS`) when it exists, and
//! otherwise from a small built-in set of case-note templates filled with synthetic values.
//! Known people are synthetic names made from syllables; the shipped gazetteers are never read.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Bytes in a kilobyte and a megabyte as used in every report (decimal, like criterion's MB/s).
pub const KB: usize = 1_000;
/// See [`KB`].
pub const MB: usize = 1_000_000;

// ------------------------------------------------------------------------------------ randomness

/// A small deterministic generator (SplitMix64): enough for test inputs, no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `n` random decimal digits.
    pub fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.below(10) as u8)).collect()
    }
}

// ------------------------------------------------------------------------------- synthetic names

const ONSETS: [&str; 24] = [
    "b", "br", "d", "dr", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "st", "t", "th", "v", "w",
    "z", "c", "gl", "tr",
];
const VOWELS: [&str; 8] = ["a", "e", "i", "o", "u", "ae", "ia", "ou"];
const CODAS: [&str; 10] = ["n", "l", "r", "m", "th", "x", "ck", "ss", "nd", "rt"];

/// A pronounceable syllable for index `i` (wraps after 24 × 8 × 10 = 1,920).
fn syllable(i: usize) -> String {
    let o = ONSETS[i % ONSETS.len()];
    let v = VOWELS[(i / ONSETS.len()) % VOWELS.len()];
    let c = CODAS[(i / (ONSETS.len() * VOWELS.len())) % CODAS.len()];
    format!("{o}{v}{c}")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The `i`-th synthetic first name, such as "Bandra".
pub fn first_name(i: usize) -> String {
    capitalise(&format!("{}{}", syllable(i * 7 + 3), ["a", "o", "ie", "el", "y"][i % 5]))
}

/// The `i`-th synthetic surname, such as "Thoussworth".
pub fn surname(i: usize) -> String {
    let suffix = ["worth", "ley", "ton", "by", "field", "more", "wick", "ham"][i % 8];
    capitalise(&format!("{}{}", syllable(i * 13 + 5), suffix))
}

/// `n` distinct synthetic full names ("First Surname"), the same every call.
pub fn synthetic_people(n: usize) -> Vec<String> {
    // First and surname indices advance at different strides; a test checks that 10,000 are distinct.
    (0..n).map(|i| format!("{} {}", first_name(i / 97 + i % 97 * 19), surname(i))).collect()
}

/// `n` distinct caller case-number patterns in a few organisational shapes.
pub fn synthetic_case_patterns(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let p: String =
                [i / 676 % 26, i / 26 % 26, i % 26].iter().map(|&k| char::from(b'A' + k as u8)).collect();
            match i % 4 {
                0 => format!(r"Q{p}-\d{{4}}-\d{{6}}"),
                1 => format!(r"Q{p}/\d{{2}}/\d{{5}}"),
                2 => format!(r"\bQ{p}\d{{7}}\b"),
                _ => format!(r"Q{p}-[A-Z]\d{{5}}[A-Z]?"),
            }
        })
        .collect()
}

/// The JSON configuration with these known people and case-number patterns (defaults otherwise).
pub fn config_json(people: &[String], patterns: &[String]) -> String {
    serde_json::json!({ "known_people": people, "case_number_patterns": patterns }).to_string()
}

/// A redactor with `people` synthetic known people and `patterns` synthetic case-number patterns.
pub fn redactor_with(people: usize, patterns: usize) -> casemask::Redactor {
    if people == 0 && patterns == 0 {
        return casemask::Redactor::default();
    }
    let json = config_json(&synthetic_people(people), &synthetic_case_patterns(patterns));
    casemask::Redactor::from_json(&json).expect("the synthetic configuration is valid")
}

// --------------------------------------------------------------------------- ordinary case notes

/// Where the ordinary text came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// The evaluation corpus at this path.
    Corpus(PathBuf),
    /// The built-in templates (the corpus was missing or unreadable).
    Templates,
}

/// Ordinary documents to measure on.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// The documents' texts, in file order.
    pub docs: Vec<String>,
    /// Where they came from.
    pub source: Source,
}

impl Corpus {
    /// The total size of the documents in bytes.
    pub fn bytes(&self) -> usize {
        self.docs.iter().map(String::len).sum()
    }

    /// A one-line description for reports.
    pub fn describe(&self) -> String {
        let from = match &self.source {
            Source::Corpus(path) => format!("corpus {}", path.display()),
            Source::Templates => "built-in templates (corpus not found)".to_string(),
        };
        format!("{} docs, {} bytes, from {from}", self.docs.len(), self.bytes())
    }

    /// The document whose size is nearest `bytes`: "a short note".
    pub fn note_near(&self, bytes: usize) -> &str {
        self.docs.iter().min_by_key(|d| d.len().abs_diff(bytes)).map(String::as_str).unwrap_or("")
    }

    /// Documents joined by blank lines, cycling, cut to exactly `bytes` (at a char boundary).
    pub fn text_of_size(&self, bytes: usize) -> String {
        let mut out = String::with_capacity(bytes + 4096);
        let mut i = 0;
        while out.len() < bytes {
            out.push_str(&self.docs[i % self.docs.len()]);
            out.push_str("\n\n");
            i += 1;
        }
        truncate_at_char(&mut out, bytes);
        out
    }

    /// The first `total` bytes of [`Corpus::text_of_size`] cut into consecutive texts of `size`
    /// bytes (each cut moved back to a char boundary). Every size then holds the same content,
    /// so MB/s across sizes shows what the size alone costs: the first documents of the corpus
    /// are lighter than the average, and one text of their size measured the mix, not the size.
    pub fn pieces(&self, total: usize, size: usize) -> Vec<String> {
        assert!(size > 0, "a piece holds at least one byte");
        let text = self.text_of_size(total);
        let mut out = Vec::with_capacity(total / size + 1);
        let mut at = 0;
        while at < text.len() {
            let mut end = (at + size).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            if end == at {
                end = at + text[at..].chars().next().map_or(1, char::len_utf8);
            }
            out.push(text[at..end].to_string());
            at = end;
        }
        out
    }

    /// `n` documents in file order, cycling when the corpus has fewer.
    pub fn batch(&self, n: usize) -> Vec<String> {
        (0..n).map(|i| self.docs[i % self.docs.len()].clone()).collect()
    }

    /// `n` short notes: the documents of at most 1,000 bytes in file order, cycling (all
    /// documents when none is that short). On the evaluation corpus they average under 600 bytes.
    pub fn notes(&self, n: usize) -> Vec<String> {
        let short: Vec<&String> = self.docs.iter().filter(|d| d.len() <= 1_000).collect();
        if short.is_empty() {
            return self.batch(n);
        }
        (0..n).map(|i| short[i % short.len()].clone()).collect()
    }
}

fn truncate_at_char(s: &mut String, mut len: usize) {
    if len >= s.len() {
        return;
    }
    while !s.is_char_boundary(len) {
        len -= 1;
    }
    s.truncate(len);
}

/// The corpus path: `$CASEMASK_CORPUS`, else `tests/corpus/corpus.jsonl` in the repository.
pub fn corpus_path() -> PathBuf {
    match std::env::var_os("CASEMASK_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/corpus.jsonl"),
    }
}

/// Loads the evaluation corpus (JSON lines with a `"text"` field); falls back to 1,000 notes from
/// the built-in templates when the file is missing or holds no documents.
pub fn load_corpus() -> Corpus {
    let path = corpus_path();
    if let Ok(data) = std::fs::read_to_string(&path) {
        let docs: Vec<String> = data
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .filter(|t| !t.is_empty())
            .collect();
        if !docs.is_empty() {
            let path = path.canonicalize().unwrap_or(path);
            return Corpus { docs, source: Source::Corpus(path) };
        }
    }
    Corpus { docs: template_notes(1_000, 0xCA5E), source: Source::Templates }
}

const STREETS: [&str; 10] =
    ["Carlton", "Mill", "Station", "Church", "Victoria", "Queens", "Park", "Albert", "Grove", "Manor"];
const SUFFIXES: [&str; 8] = ["Road", "Street", "Terrace", "Close", "Avenue", "Lane", "Way", "Gardens"];
const TOWNS: [&str; 8] =
    ["Brighton", "Leeds", "Bristol", "Hastings", "Norwich", "Preston", "Swindon", "Crawley"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const TITLES: [&str; 6] = ["Ms", "Mrs", "Mr", "Dr", "DC", "Miss"];

/// Sentence templates for the fallback notes. Slots: {P} full name, {F} first name, {T} title and
/// surname, {D} date, {A} address, {PC} postcode, {PH} phone, {NHS}, {NI}, {EM} email, {CN} case
/// number. Everything else is plain text, with the usual traps (roles, agencies, months, times).
const TEMPLATES: [&str; 24] = [
    "{P} (DOB {D}) lives with her mother at {A}.",
    "Home visit completed on {D}; {F} was seen alone in her bedroom and said she felt safe.",
    "{T} from the school confirmed attendance has dropped to 82% this term.",
    "I spoke to {F} by phone on {PH}; he was unhappy with the plan agreed at conference.",
    "Case reference {CN} was allocated to the Children in Need team on {D}.",
    "NHS number {NHS}. GP: {T}, Park Surgery.",
    "National Insurance number {NI} was provided by {F} for the benefits check.",
    "Please reply to {EM} with the minutes of the strategy discussion.",
    "The family moved to {A} {PC} in May after the tenancy in {TOWN} ended.",
    "Police attended at 21:40 following a call from a neighbour; no arrests were made.",
    "{F} said she has not seen {P} since {D} and does not want contact.",
    "The Child Protection Plan remains under the category of neglect.",
    "Health visitor {T} last saw the baby on {D} and had no concerns about weight.",
    "Rent arrears of £1,240 were discussed; the Early Help worker will refer to the food bank.",
    "{P} attended the review with her advocate; the IRO chaired.",
    "Section 47 enquiries concluded with no further action on Monday.",
    "Contact with {F} remains supervised at the Family Centre on Tuesdays.",
    "{T} (CAMHS) will see {F} in March for an initial assessment.",
    "Address on file: {A}, {PC}. Tel: {PH}.",
    "The Local Authority will apply for an Interim Care Order if the plan is not followed.",
    "{F} is 14 years old and in Year 9 at Hillside Academy.",
    "Strategy meeting held with Sussex Police, the school and the GP practice.",
    "Mum reported that {P} had pushed her during an argument on {D}.",
    "Next visit booked for 10:30 on Friday; the social worker will bring the consent forms.",
];

fn nhs_number(rng: &mut Rng) -> String {
    loop {
        let d: Vec<u32> = (0..9).map(|_| rng.below(10) as u32).collect();
        let sum: u32 = d.iter().enumerate().map(|(i, x)| x * (10 - i as u32)).sum();
        let check = (11 - sum % 11) % 11;
        if check == 10 {
            continue;
        }
        let s: String = d.iter().map(|x| char::from(b'0' + *x as u8)).collect();
        return format!("{} {} {}{check}", &s[0..3], &s[3..6], &s[6..9]);
    }
}

fn postcode(rng: &mut Rng) -> String {
    let area = *rng.pick(&["BN", "LS", "BS", "TN", "NR", "PR", "SN", "RH"]);
    let letters = b"ABDEFGHJLNPQRSTUWXYZ";
    format!(
        "{area}{} {}{}{}",
        1 + rng.below(20),
        rng.below(10),
        char::from(letters[rng.below(letters.len())]),
        char::from(letters[rng.below(letters.len())])
    )
}

fn date(rng: &mut Rng) -> String {
    let (d, m, y) = (1 + rng.below(28), 1 + rng.below(12), 2005 + rng.below(20));
    match rng.below(4) {
        0 => format!("{d:02}/{m:02}/{y}"),
        1 => format!("{d} {} {y}", MONTHS[m - 1]),
        2 => format!("{d}.{m}.{}", y % 100),
        _ => format!("{y}-{m:02}-{d:02}"),
    }
}

fn fill(template: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("templates close their slots");
        let who = rng.below(5_000);
        let value = match &rest[open + 1..close] {
            "P" => format!("{} {}", first_name(who), surname(who)),
            "F" => first_name(who),
            "T" => format!("{} {}", rng.pick(&TITLES), surname(who)),
            "D" => date(rng),
            "A" => format!(
                "{} {} {}, {}",
                1 + rng.below(120),
                rng.pick(&STREETS),
                rng.pick(&SUFFIXES),
                rng.pick(&TOWNS)
            ),
            "PC" => postcode(rng),
            "PH" => format!("07700 900{}", rng.digits(3)),
            "NHS" => nhs_number(rng),
            "NI" => format!("QQ {} {} {} C", rng.digits(2), rng.digits(2), rng.digits(2)),
            "EM" => {
                format!("{}.{}@example.org.uk", first_name(who).to_lowercase(), surname(who).to_lowercase())
            }
            "CN" => format!("CM-{}", rng.digits(6)),
            "TOWN" => rng.pick(&TOWNS).to_string(),
            other => panic!("unknown slot {other}"),
        };
        out.push_str(&value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `n` case notes of about 500 bytes each from the built-in templates.
pub fn template_notes(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| {
            let mut note = String::with_capacity(600);
            while note.len() < 450 {
                if !note.is_empty() {
                    note.push(' ');
                }
                let template = *rng.pick(&TEMPLATES);
                note.push_str(&fill(template, &mut rng));
            }
            note
        })
        .collect()
}

// ---------------------------------------------------------------------------- adversarial inputs

/// Ordinary text with every whitespace character removed: one line, one "word", `bytes` long.
pub fn no_spaces_line(corpus: &Corpus, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0;
    while out.len() < bytes {
        out.extend(corpus.docs[i % corpus.docs.len()].chars().filter(|c| !c.is_whitespace()));
        i += 1;
    }
    truncate_at_char(&mut out, bytes);
    out
}

/// Only capitalised words (synthetic and everyday ones), separated by single spaces.
pub fn capitalised_words(bytes: usize) -> String {
    let mut rng = Rng::new(0xCA11);
    let everyday = ["The", "Mother", "Visit", "School", "Police", "Review", "March", "Grace", "Will", "May"];
    let mut out = String::with_capacity(bytes + 32);
    while out.len() < bytes {
        let word = match rng.below(3) {
            0 => first_name(rng.below(10_000)),
            1 => surname(rng.below(10_000)),
            _ => rng.pick(&everyday).to_string(),
        };
        out.push_str(&word);
        out.push(' ');
    }
    truncate_at_char(&mut out, bytes);
    out
}

/// `n` random decimal digits with nothing else.
pub fn digits(n: usize) -> String {
    Rng::new(0xD161).digits(n)
}

/// Runs of repeated punctuation (each 1 to 2,000 of one character, brackets nested deeply),
/// with no letters, digits or spaces.
pub fn punctuation(bytes: usize) -> String {
    let mut rng = Rng::new(0x9C7);
    let marks = ['.', ',', ';', ':', '!', '?', '-', '/', '\'', '"', '*', '#', '@', '&', '_', '=', '+', '|'];
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        let run = 1 + rng.below(2_000);
        if rng.below(4) == 0 {
            let (open, close) = *rng.pick(&[('(', ')'), ('[', ']'), ('<', '>'), ('{', '}')]);
            out.extend(std::iter::repeat(open).take(run));
            out.extend(std::iter::repeat(close).take(run));
        } else {
            out.extend(std::iter::repeat(*rng.pick(&marks)).take(run));
        }
    }
    truncate_at_char(&mut out, bytes);
    out
}

// ------------------------------------------------------------------------------------- measuring

/// The median wall time of `f` over at least `min_iters` calls and about `budget` of time (one
/// untimed warm-up call first). At most 10,000 calls.
pub fn median_time<F: FnMut()>(mut f: F, min_iters: usize, budget: Duration) -> Duration {
    f();
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < min_iters || (start.elapsed() < budget && times.len() < 10_000) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort_unstable();
    times[times.len() / 2]
}

/// Megabytes (10⁶ bytes) per second for `bytes` processed in `time`.
pub fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / MB as f64 / time.as_secs_f64()
}

/// `find` on every document, one after another; returns the number of spans (so nothing is
/// optimised away). The function the profile driver and callgrind measure.
#[inline(never)]
pub fn find_all(redactor: &casemask::Redactor, docs: &[String]) -> usize {
    docs.iter().map(|d| black_box(redactor.find(black_box(d))).len()).sum()
}

/// A rayon pool with exactly `threads` threads.
pub fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a rayon pool")
}

/// This process's resident set size and its peak, in KiB, from `/proc/self/status` (Linux).
pub fn rss_kib() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// "N cores, CPU model" from `nproc` semantics and `/proc/cpuinfo`.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    format!("{cores} cores, {model}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_distinct_and_deterministic() {
        let people = synthetic_people(10_000);
        let mut sorted = people.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 10_000);
        assert_eq!(people, synthetic_people(10_000));
    }

    #[test]
    fn patterns_compile_into_a_redactor() {
        let r = casemask::Redactor::from_json(&config_json(&[], &synthetic_case_patterns(100)));
        assert!(r.is_ok());
    }

    #[test]
    fn inputs_have_the_requested_sizes() {
        let corpus = Corpus { docs: template_notes(50, 1), source: Source::Templates };
        assert!(corpus.docs.iter().all(|d| (450..900).contains(&d.len())));
        assert_eq!(corpus.text_of_size(10 * KB).len(), 10 * KB);
        let line = no_spaces_line(&corpus, 20 * KB);
        assert!(line.len() <= 20 * KB && line.len() > 20 * KB - 4 && !line.contains(char::is_whitespace));
        assert_eq!(capitalised_words(5 * KB).len(), 5 * KB);
        assert_eq!(digits(1_000).len(), 1_000);
        let p = punctuation(50 * KB);
        assert_eq!(p.len(), 50 * KB);
        assert!(p.chars().all(|c| c.is_ascii_punctuation()));
        assert_eq!(corpus.batch(120).len(), 120);
        assert_eq!(corpus.notes(120).len(), 120);
    }

    #[test]
    fn pieces_cover_the_same_text_at_every_size() {
        let mut docs = template_notes(20, 3);
        docs.push("Zoë and José met at Café Noël. ".repeat(40)); // cuts fall inside characters
        let corpus = Corpus { docs, source: Source::Templates };
        let whole = corpus.text_of_size(20 * KB);
        for size in [1, 7, KB, 3 * KB, 20 * KB, 50 * KB] {
            let pieces = corpus.pieces(20 * KB, size);
            assert_eq!(pieces.concat(), whole, "size {size}");
            assert!(pieces.iter().all(|p| !p.is_empty() && p.len() <= size.max(4)), "size {size}");
            // Only the last piece and cuts moved back to a char boundary fall short.
            let short = pieces.iter().filter(|p| p.len() + 3 < size.min(whole.len())).count();
            assert!(short <= 1 + pieces.len() / 50, "size {size}: {short} short pieces");
        }
    }

    #[test]
    fn template_notes_hold_identifiers() {
        let note = &template_notes(1, 7)[0];
        assert!(!casemask::Redactor::default().find(note).is_empty());
    }
}
