//! The human-rights self-assessment of drug policies, on the page for organisations: one file per
//! screen, their shared state in `state`, what they read from the questionnaire in `labels`.

mod agenda;
mod area;
mod context_form;
mod labels;
mod overview;
mod page;
mod parties;
mod plan;
mod references;
mod report;
mod results;
mod review;
mod sources;
mod stakeholders;
mod state;
mod toolbar;

pub use page::draw;
