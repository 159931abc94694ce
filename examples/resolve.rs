//! Resolves names of countries, cities, organisations and processes.
//!
//! ```text
//! cargo run --example resolve -- [NAME...]
//! ```
//! With no name, reads one name per line from stdin. Prints one JSON object per name:
//! `{"text": NAME, "match": M}` where M is `{"country": "CI"}`,
//! `{"city": "Abidjan", "country": "CI"}`, `{"organisation": "ICMPD"}`,
//! `{"process": "khartoum_process"}`, `{"ambiguous": ["CG", "CD"]}` or `null`.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

#[derive(serde::Serialize)]
struct Record<'a> {
    text: &'a str,
    #[serde(rename = "match")]
    found: Option<rabat::Resolved>,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("resolve: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut print = |name: &str| -> io::Result<()> {
        let record = Record {
            text: name,
            found: rabat::resolve(name),
        };
        writeln!(
            out,
            "{}",
            serde_json::to_string(&record).map_err(io::Error::other)?
        )
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(args.as_slice(), [a] if a == "-h" || a == "--help") {
        println!("usage: resolve [NAME...]  (no name: one name per line from stdin)");
        return Ok(());
    }
    if args.is_empty() {
        for line in io::stdin().lock().lines() {
            let line = line?;
            if !line.trim().is_empty() {
                print(line.trim())?;
            }
        }
    } else {
        for name in &args {
            print(name)?;
        }
    }
    out.flush()
}
