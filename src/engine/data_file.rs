//! The compiled data files the app fetches (`*.bin`): postcard, a compact binary form of the same
//! serde types, so the browser needs no JSON parser (about 30 KB less wasm, gzipped). Each file
//! starts with the format's number, so a file from another build is refused rather than misread.
//! The build gzips each file (`pack`), so it travels small whatever the server does.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// Raised whenever a change to the engine's types changes what the files hold.
pub const FORMAT: u32 = 1;

/// The file name's ending for the compiled data.
pub const EXTENSION: &str = "bin";

#[derive(Debug, Clone, PartialEq)]
pub enum DataFileError {
    /// Made by a build with another format, or not a data file at all.
    OtherFormat(Option<u32>),
    /// The right format, but the content does not read: cut short or altered. (postcard's own
    /// messages would add their text to the wasm and tell a host nothing more.)
    Damaged,
}

impl fmt::Display for DataFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataFileError::OtherFormat(Some(n)) => write!(
                f,
                "made for data format {n}, this app reads format {FORMAT}: rebuild the data"
            ),
            DataFileError::OtherFormat(None) => write!(f, "not a data file of this app"),
            DataFileError::Damaged => write!(f, "damaged data file: build and upload it again"),
        }
    }
}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = postcard::to_allocvec(&FORMAT).expect("a number always encodes");
    bytes.extend(postcard::to_allocvec(value).expect("plain data always encodes"));
    bytes
}

/// What the build writes: the encoded value, gzipped (servers need not compress it).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack<T: Serialize>(value: &T) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&encode(value)).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

/// Reads what `encode` made (after the browser has unpacked the gzip of `pack`).
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DataFileError> {
    let (format, rest) =
        postcard::take_from_bytes::<u32>(bytes).map_err(|_| DataFileError::OtherFormat(None))?;
    if format != FORMAT {
        return Err(DataFileError::OtherFormat(Some(format)));
    }
    match postcard::take_from_bytes::<T>(rest) {
        Ok((value, [])) => Ok(value),
        _ => Err(DataFileError::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Texts, TranslationStatus};

    fn texts() -> Texts {
        Texts {
            translation: TranslationStatus::Ours,
            texts: [("a".to_string(), "Ünïcode <b>".to_string())]
                .into_iter()
                .collect(),
        }
    }

    #[test]
    fn round_trips() {
        assert_eq!(decode::<Texts>(&encode(&texts())), Ok(texts()));
    }

    #[test]
    fn packs_as_gzip() {
        use std::io::Read;
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(&pack(&texts())[..])
            .read_to_end(&mut unpacked)
            .unwrap();
        assert_eq!(decode::<Texts>(&unpacked), Ok(texts()));
    }

    #[test]
    fn refuses_another_format() {
        let mut bytes = postcard::to_allocvec(&(FORMAT + 1)).unwrap();
        bytes.extend(postcard::to_allocvec(&texts()).unwrap());
        assert_eq!(
            decode::<Texts>(&bytes),
            Err(DataFileError::OtherFormat(Some(FORMAT + 1)))
        );
        assert_eq!(
            decode::<Texts>(b"{\"json\": true}").unwrap_err(),
            DataFileError::OtherFormat(Some(b'{' as u32))
        );
    }

    #[test]
    fn refuses_truncated_and_trailing_bytes() {
        let bytes = encode(&texts());
        for end in 0..bytes.len() {
            assert!(decode::<Texts>(&bytes[..end]).is_err(), "cut at {end}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode::<Texts>(&longer), Err(DataFileError::Damaged));
    }
}
