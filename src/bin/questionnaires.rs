//! Check questionnaires, or build the data the app fetches.
//!
//!   questionnaires check [FOLDER...]   check all of `questionnaires/`, or the folders named
//!   questionnaires build OUT           check everything, then write the app's data into OUT

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use selfassess::engine::source::{load_library, load_locales, load_questionnaire};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let report = |problems: Vec<selfassess::engine::validate::Problem>| {
        for p in &problems {
            eprintln!("error: {p}");
        }
        eprintln!("{} problem(s) found.", problems.len());
        ExitCode::FAILURE
    };
    match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => {
            let locales = match load_locales(Path::new("locales")) {
                Ok(l) => l,
                Err(p) => return report(p),
            };
            let languages: Vec<_> = locales.into_iter().map(|l| l.language).collect();
            let mut problems = Vec::new();
            for folder in &args[1..] {
                let mut dir = PathBuf::from(folder);
                if dir.is_file() {
                    dir.pop();
                }
                match load_questionnaire(&dir, &languages) {
                    Ok(b) => println!("ok: {} ({} languages)", dir.display(), b.texts.len()),
                    Err(mut p) => problems.append(&mut p),
                }
            }
            if problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                report(problems)
            }
        }
        Some("check") => match load_library(Path::new(".")) {
            Ok(lib) => {
                println!(
                    "ok: {} questionnaires, {} languages",
                    lib.bundles.len(),
                    lib.locales.len()
                );
                ExitCode::SUCCESS
            }
            Err(p) => report(p),
        },
        Some("build") if args.len() == 2 => match load_library(Path::new(".")) {
            Ok(lib) => match lib.write(Path::new(&args[1])) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot write {}: {e}", args[1]);
                    ExitCode::FAILURE
                }
            },
            Err(p) => report(p),
        },
        _ => {
            eprintln!("usage: questionnaires check [FOLDER...] | questionnaires build OUT");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
