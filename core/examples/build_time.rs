//! Time to build a redactor with N synthetic known people (N from the first argument).
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let syl = ["ka", "lo", "mi", "ren", "do", "sa", "vi", "tor", "ne", "ba"];
    let name = |i: usize| {
        let w = |k: usize| {
            let s: String = (0..3).map(|j| syl[(k / 10usize.pow(j)) % 10]).collect();
            let mut c = s.chars();
            c.next().unwrap().to_uppercase().chain(c).collect::<String>()
        };
        format!("{} {}", w(i), w(i * 7 + 3))
    };
    let people: Vec<String> = (0..n).map(name).collect();
    let json = serde_json::json!({ "known_people": people }).to_string();
    let t = std::time::Instant::now();
    let r = casemask::Redactor::from_json(&json).unwrap();
    println!("{n} known people: build {:?}", t.elapsed());
    drop(r);
}
