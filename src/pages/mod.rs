pub mod home;
pub mod questionnaire;
