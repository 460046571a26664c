//! Regression test: casemask must keep meeting the floors in `eval/floors.json` on the corpus in
//! `tests/corpus/corpus.jsonl`. Run with `cargo test -p casemask-eval`.

use casemask_eval::floors::Floors;
use casemask_eval::{corpus, report, run, Options};

fn check(options: Options, failures: impl Fn(&Floors, &casemask_eval::metrics::Metrics) -> Vec<String>) {
    let floors = Floors::load(&Floors::default_path()).expect("eval/floors.json");
    let docs = corpus::load(&corpus::default_path()).expect("tests/corpus/corpus.jsonl");
    let metrics = run(&docs, &options).expect("the redactor builds").metrics();
    let failed = failures(&floors, &metrics);
    if !failed.is_empty() {
        panic!("below the floors:\n  {}\n\n{}", failed.join("\n  "), report::table(&metrics));
    }
}

#[test]
fn defaults_meet_the_floors() {
    check(Options::default(), Floors::default_failures);
}

#[test]
fn known_people_are_always_found() {
    check(Options { known_people: true, ..Options::default() }, Floors::known_people_failures);
}

/// `min_score` trades recall for precision predictably: raising it never raises recall or
/// lowers precision (the curve is in docs/config.md).
#[test]
fn min_score_trades_recall_for_precision() {
    let docs = corpus::load(&corpus::default_path()).expect("tests/corpus/corpus.jsonl");
    let points: Vec<(f64, f64)> = [0.3, 0.5, 0.7, 0.9]
        .iter()
        .map(|&s| {
            let m = run(&docs, &Options { min_score: Some(s), ..Options::default() }).unwrap().metrics();
            (m.overall.leak_recall.unwrap(), m.overall.precision.unwrap())
        })
        .collect();
    for pair in points.windows(2) {
        let ((r1, p1), (r2, p2)) = (pair[0], pair[1]);
        assert!(r2 <= r1 && p2 >= p1, "not monotone: {points:?}");
    }
}

/// Whole documents in capitals, as some systems store them (`scripts/eval --capitals`): recall
/// stays above 0.985 overall, 0.98 for names and 0.975 for addresses, precision above 0.985 and
/// non-identifier text masked below 2 % (0.940, 0.914, 0.931, 0.910 and 6.2 % before a verb
/// after a first name stopped joining the name, case stopped counting where every word is in
/// capitals and institutions' names stopped reaching back over verbs; 0.988 and 0.986 for
/// names since first names that are also modals, verbs or places count before a person's verb,
/// and 0.988 for addresses since a form's address in capitals runs on over its lines).
#[test]
fn documents_in_capitals_keep_their_recall() {
    let mut docs = corpus::load(&corpus::default_path()).expect("tests/corpus/corpus.jsonl");
    corpus::in_capitals(&mut docs);
    let m = run(&docs, &Options::default()).unwrap().metrics();
    let label = |name: &str| m.labels.iter().find(|l| l.label == name).and_then(|l| l.leak_recall).unwrap();
    let (recall, precision) = (m.overall.leak_recall.unwrap(), m.overall.precision.unwrap());
    let masked = m.overall.non_identifier_masked.unwrap();
    assert!(
        recall >= 0.985
            && label("PERSON") >= 0.98
            && label("ADDRESS") >= 0.975
            && precision >= 0.985
            && masked <= 0.02,
        "{}",
        report::table(&m)
    );
}

/// The two sets written by hand, apart from the generator (`tests/corpus/independent/`, tuned
/// on, and `tests/corpus/heldout/`, read only as totals): recall and precision overall and for
/// names and addresses stay above floors set a little under what they measured when written
/// (independent: recall 0.9833, PERSON 0.9756, ADDRESS 0.9753, precision 0.9747; held-out:
/// 0.9481, 0.9479, 0.8370, 0.9529).
#[test]
fn hand_written_sets_keep_their_floors() {
    let sets = [("independent", 0.98, 0.97, 0.97, 0.97), ("heldout", 0.945, 0.945, 0.83, 0.95)];
    for (name, recall_floor, person_floor, address_floor, precision_floor) in sets {
        let path = corpus::default_path().with_file_name(format!("{name}.jsonl"));
        let docs = corpus::load(&path).expect("a hand-written set");
        let m = run(&docs, &Options::default()).unwrap().metrics();
        let label = |l: &str| m.labels.iter().find(|x| x.label == l).and_then(|x| x.leak_recall).unwrap();
        let (recall, precision) = (m.overall.leak_recall.unwrap(), m.overall.precision.unwrap());
        assert!(
            recall >= recall_floor
                && label("PERSON") >= person_floor
                && label("ADDRESS") >= address_floor
                && precision >= precision_floor,
            "{name}: below the floors\n{}",
            report::table(&m)
        );
    }
}
