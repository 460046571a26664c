//! `casemask-eval`: prints casemask's detection quality on the annotated corpus.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use casemask_eval::{corpus, report, run, Options};

const USAGE: &str =
    "usage: casemask-eval [--corpus PATH] [--examples N] [--known-people] [--min-score X] [--capitals] [--json]

  --corpus PATH    JSONL corpus (default: tests/corpus/corpus.jsonl)
  --examples N     print up to N misses and N false positives with context
  --known-people   pass each document's known people to the redactor
  --min-score X    the redactor's min_score (default: the library's)
  --capitals       every document written in capitals (ASCII letters), gold spans unchanged
  --json           print the metrics as JSON";

struct Args {
    corpus: PathBuf,
    examples: usize,
    json: bool,
    capitals: bool,
    options: Options,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        corpus: corpus::default_path(),
        examples: 0,
        json: false,
        capitals: false,
        options: Options::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--corpus" => args.corpus = PathBuf::from(value("--corpus")?),
            "--examples" => {
                args.examples = value("--examples")?.parse().map_err(|_| "--examples needs a number")?
            }
            "--min-score" => {
                let s: f32 = value("--min-score")?.parse().map_err(|_| "--min-score needs a number")?;
                args.options.min_score = Some(s);
            }
            "--known-people" => args.options.known_people = true,
            "--json" => args.json = true,
            "--capitals" => args.capitals = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("casemask-eval: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut docs = match corpus::load(&args.corpus) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("casemask-eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    if args.capitals {
        corpus::in_capitals(&mut docs);
    }
    let started = Instant::now();
    let tally = match run(&docs, &args.options) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("casemask-eval: building the redactor: {e}");
            return ExitCode::FAILURE;
        }
    };
    let metrics = tally.metrics();
    let mut text = String::new();
    if args.json {
        text = serde_json::to_string_pretty(&metrics).expect("metrics serialise") + "\n";
    } else {
        let known = if args.options.known_people { "supplied" } else { "not supplied" };
        let min_score = args.options.min_score.map_or("default".to_string(), |s| s.to_string());
        text += &format!(
            "casemask evaluation on {}{} (known people {known}, min_score {min_score}, {:.1}s)\n",
            args.corpus.display(),
            if args.capitals { ", in capitals" } else { "" },
            started.elapsed().as_secs_f64()
        );
        text += &report::table(&metrics);
    }
    let examples = report::examples(&tally.misses, &tally.false_positives, args.examples);
    if args.examples > 0 && args.json {
        eprint!("{examples}");
    } else if args.examples > 0 {
        text += &examples;
    }
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
