//! Asks questions of a meeting archive from the command line.
//!
//! ```text
//! cargo run --example query -- [FILTERS] [--count-by year|theme|area|kind|host|co_chair]
//!                              [--format table|jsonl] [FILE...]
//! ```
//! FILTERS: `--country XX` (any role), `--role ROLE` (after `--country`: that role; alone:
//! any party with that role), `--venue XX`, `--city NAME`, `--theme ID`, `--area N`,
//! `--kind ID`, `--mode ID`, `--year YYYY`, `--from YYYY-MM-DD`, `--to YYYY-MM-DD`,
//! `--process ID`, with the ids of the record contract. With no file, queries the page
//! bundled in `tests/data/`. `--count-by` prints `KEY<TAB>COUNT` lines, largest first, ties
//! by key; otherwise the matching meetings are printed as a table or as JSON lines.

use std::io::{self, Write};
use std::process::ExitCode;

use rabat::{Archive, Query, Role};

const USAGE: &str = "usage: query [--country XX [--role ROLE]] [--role ROLE] [--venue XX] \
[--city NAME] [--theme ID] [--area N] [--kind ID] [--mode ID] [--year YYYY] [--from DATE] \
[--to DATE] [--process ID] [--count-by year|theme|area|kind|host|co_chair] \
[--format table|jsonl] [FILE...]";

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/thematic-meetings-page-1.txt"
);

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("query: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut terms: Vec<String> = Vec::new();
    let mut count_by: Option<String> = None;
    let mut jsonl = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            println!("{USAGE}");
            return Ok(());
        }
        let Some(flag) = arg.strip_prefix("--") else {
            files.push(arg);
            continue;
        };
        let value = args
            .next()
            .ok_or_else(|| format!("--{flag} needs a value"))?;
        match flag {
            "count-by" => count_by = Some(value),
            "format" => {
                jsonl = match value.as_str() {
                    "jsonl" => true,
                    "table" => false,
                    other => return Err(format!("--format takes table or jsonl, found {other:?}")),
                }
            }
            "country" | "role" | "venue" | "theme" | "area" | "kind" | "mode" | "year" | "from"
            | "to" | "process" => terms.push(format!("{flag}={value}")),
            "city" => terms.push(format!("city={}", value.replace(' ', "_"))),
            _ => return Err(format!("unknown option \"--{flag}\"")),
        }
    }
    let query: Query = terms
        .join(" ")
        .parse()
        .map_err(|e: rabat::Error| e.to_string())?;
    if files.is_empty() {
        files.push(BUNDLED.to_owned());
    }
    let mut archive = Archive::new();
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        archive.add_page(&text);
    }
    let selected = archive.filtered(&query);

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let write = |out: &mut io::BufWriter<io::StdoutLock<'_>>, line: String| {
        writeln!(out, "{line}").map_err(|e| e.to_string())
    };
    if let Some(key) = count_by {
        for (group, count) in counts(&selected, &key)? {
            write(&mut out, format!("{group}\t{count}"))?;
        }
    } else {
        for m in &selected {
            let line = if jsonl {
                serde_json::to_string(m).map_err(|e| e.to_string())?
            } else {
                let date = m.date.map(|d| d.to_string()).unwrap_or_default();
                let themes: Vec<&str> = m.themes.iter().map(|t| t.as_str()).collect();
                format!(
                    "{:<14} {:<3} {:<32} {:<26} {}",
                    m.city.as_deref().unwrap_or("-"),
                    m.country.map_or("-", |c| c.alpha2()),
                    date,
                    m.kind.as_str(),
                    themes.join(",")
                )
            };
            write(&mut out, line)?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

/// Groups and counts, largest first, ties by key.
fn counts(archive: &Archive, key: &str) -> Result<Vec<(String, usize)>, String> {
    let mut groups: Vec<(String, usize)> = match key {
        "year" => archive
            .per_year()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        "theme" => archive
            .per_theme()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        "area" => archive
            .per_area()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        "kind" => archive
            .per_kind()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        "host" | "co_chair" | "chair" | "organiser" | "participant" | "observer" | "guest" => {
            let role: Role = key.parse().map_err(|e: rabat::Error| e.to_string())?;
            archive
                .ranking(role)
                .into_iter()
                .map(|(c, n)| (c.to_string(), n))
                .collect()
        }
        other => {
            return Err(format!(
                "--count-by takes year, theme, area, kind, host or co_chair, found {other:?}"
            ));
        }
    };
    groups.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(groups)
}
