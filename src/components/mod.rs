pub mod about_test;
pub mod item_view;
pub mod language_switcher;
pub mod paragraphs;
pub mod result_view;
