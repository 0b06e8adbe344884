"""A Chinese tokenizer that segments the Simplified form and keeps the user's characters.

Tokens are cut on the normalised (Simplified, half-width) text — one token per
Chinese character, or pkuseg words — and mapped back, so a Traditional text and
its Simplified conversion get the same boundaries. Each token's NORM is its
normalised form, lower-cased, which the model's features read: the same entities follow.
When normalising keeps every position, the normalised text is kept in
``doc.user_data[NORMALISED_KEY]`` so the rules need not rebuild it from the tokens.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..normalise import NORMALISED_KEY, normalise
from ..offsets import OffsetMap

SEGMENTERS = ("char", "pkuseg")
#: In "char" mode, runs of digits (with decimals) and of Latin letters stay one token each.
_CHAR_TOKEN = r"\d+(?:[.,]\d+)*|[A-Za-z]+|\S"
_CHAR_TOKENS = re.compile(_CHAR_TOKEN)
#: Tokens with one trailing space as their whitespace, or a run of other whitespace as a token.
_CHAR_PIECES = re.compile(rf"({_CHAR_TOKEN})( (?!\s))?|(\s+)")


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _with_source_whitespace(normalised: str, text: str) -> str:
    """``normalised`` with the user's whitespace back (width folding turns U+3000 into a space)."""
    return "".join(source if source.isspace() else char for char, source in zip(normalised, text))


@registry.tokenizers("parkner.zh_tokenizer.v1")
def create_tokenizer(segmenter: str = "char") -> Callable[[Language], ParknerTokenizer]:
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "parkner.zh_tokenizer.v1"``."""

    def make(nlp: Language) -> ParknerTokenizer:
        return ParknerTokenizer(nlp.vocab, segmenter=segmenter)

    return make


class ParknerTokenizer:
    """Script-independent segmentation with NORM set to the Simplified form."""

    def __init__(self, vocab: Vocab, segmenter: str = "char"):
        if segmenter not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
        self.vocab = vocab
        self.segmenter = segmenter
        self._pkuseg: Any = None
        self._pkuseg_files: dict[str, bytes] = {}
        self._pkuseg_user_dict: str | None = "default"

    def __call__(self, text: str) -> Doc:
        normalised, offsets = normalise(text)
        same_length = len(normalised) == len(text)
        if self.segmenter == "char" and same_length:
            doc = self._char_doc(text, normalised)
        else:
            doc = self._doc_from_ranges(text, normalised, offsets, self._segment(normalised))
        if same_length:
            doc.user_data[NORMALISED_KEY] = normalised
        return doc

    def _char_doc(self, text: str, normalised: str) -> Doc:
        """Fast path when normalising kept every position: one regex pass, only tokens whose script differs revisited."""
        probe = normalised if "\u3000" not in text else _with_source_whitespace(normalised, text)
        pieces = _CHAR_PIECES.findall(probe)
        words = [token or gap for token, _, gap in pieces]
        spaces = [bool(space) for _, space, _ in pieces]
        if probe == text:
            return Doc(self.vocab, words=words, spaces=spaces)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + np.array(spaces, dtype=np.int64)
        starts = np.cumsum(lengths) - lengths
        differing = np.flatnonzero(_code_points(text) != _code_points(probe))
        changed = np.unique(np.searchsorted(starts, differing, side="right") - 1)
        norms: dict[int, str] = {}
        for index, start in zip(changed.tolist(), starts[changed].tolist()):
            end = start + len(words[index])
            words[index] = text[start:end]
            norms[index] = normalised[start:end].lower()
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for index, norm in norms.items():
            doc[index].norm_ = norm
        return doc

    def _doc_from_ranges(self, text: str, normalised: str, offsets: OffsetMap, ranges: Iterable[tuple[int, int]]) -> Doc:
        """General path: tokens cut on ``normalised`` at ``ranges`` and mapped back through ``offsets``."""
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[str] = []
        cursor = 0
        for start, end in ranges:
            source_start, source_end = offsets.span_to_source(start, end)
            if source_start < cursor:
                continue  # a phrase conversion folded two tokens onto one source range
            if source_start > cursor:
                self._add_gap(text[cursor:source_start], words, spaces, norms)
            words.append(text[source_start:source_end])
            spaces.append(False)
            norms.append(normalised[start:end].lower())
            cursor = source_end
        if cursor < len(text):
            self._add_gap(text[cursor:], words, spaces, norms)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token, norm in zip(doc, norms):
            if norm != token.lower_:
                token.norm_ = norm
        return doc

    @staticmethod
    def _add_gap(gap: str, words: list[str], spaces: list[bool], norms: list[str]) -> None:
        """Whitespace between tokens: one space attaches to the previous token, anything else is a token."""
        if gap == " " and words and not spaces[-1]:
            spaces[-1] = True
            return
        words.append(gap)
        spaces.append(False)
        norms.append(gap)

    def _segment(self, text: str) -> Iterable[tuple[int, int]]:
        if self.segmenter == "char" or self._pkuseg is None:
            if self.segmenter == "pkuseg":
                raise ValueError("pkuseg segmenter has no model: initialize the pipeline with [initialize.tokenizer] pkuseg_model")
            return (match.span() for match in _CHAR_TOKENS.finditer(text))
        return self._pkuseg_ranges(text)

    def _pkuseg_ranges(self, text: str) -> Iterable[tuple[int, int]]:
        position = 0
        for line in text.split("\n"):
            cursor = position
            for word in self._pkuseg.cut(line) if line.strip() else []:
                start = text.find(word, cursor)
                if start < 0:
                    continue
                for match in re.finditer(r"\S+", word):
                    yield start + match.start(), start + match.end()
                cursor = start + len(word)
            position += len(line) + 1

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   pkuseg_model: str | None = None, pkuseg_user_dict: str | None = "default") -> None:
        """Load a trained spacy-pkuseg model directory (``[initialize.tokenizer] pkuseg_model``).

        ``pkuseg_user_dict`` is ``"default"`` (spacy-pkuseg's packaged dictionary, spaCy's
        default) or ``null`` (the model alone, which follows its treebank more closely).
        """
        if self.segmenter == "pkuseg":
            if not pkuseg_model:
                raise ValueError("the pkuseg segmenter needs [initialize.tokenizer] pkuseg_model = a model directory")
            if pkuseg_user_dict not in (None, "default"):
                raise ValueError(f"pkuseg_user_dict must be \"default\" or null, not {pkuseg_user_dict!r}")
            self._load_pkuseg(_read_files(Path(pkuseg_model)), pkuseg_user_dict)

    def _load_pkuseg(self, files: dict[str, bytes], user_dict: str | None) -> None:
        """Load the segmenter from its files, which the tokenizer keeps to serialise itself."""
        import spacy_pkuseg

        with tempfile.TemporaryDirectory() as directory:
            _write_files(Path(directory), files)
            self._pkuseg = spacy_pkuseg.pkuseg(directory, user_dict=user_dict)
        self._pkuseg_files = files
        self._pkuseg_user_dict = user_dict

    # Serialisation: the segmenter name, and for pkuseg the model files and dictionary choice.
    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"segmenter": self.segmenter, "pkuseg_user_dict": self._pkuseg_user_dict})
        if self._pkuseg_files:
            _write_files(path / "pkuseg_model", self._pkuseg_files)

    def from_disk(self, path: str | Path, **kwargs: Any) -> ParknerTokenizer:
        path = Path(path)
        cfg = srsly.read_json(path / "cfg.json")
        self.segmenter = cfg["segmenter"]
        model_dir = path / "pkuseg_model"
        if model_dir.is_dir():
            self._load_pkuseg(_read_files(model_dir), cfg.get("pkuseg_user_dict", "default"))
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return srsly.msgpack_dumps({"segmenter": self.segmenter, "pkuseg_user_dict": self._pkuseg_user_dict,
                                    "pkuseg_files": self._pkuseg_files})

    def from_bytes(self, data: bytes, **kwargs: Any) -> ParknerTokenizer:
        msg = srsly.msgpack_loads(data)
        self.segmenter = msg["segmenter"]
        if msg["pkuseg_files"]:
            self._load_pkuseg(msg["pkuseg_files"], msg["pkuseg_user_dict"])
        return self


def _read_files(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` by relative path: a pkuseg model travels inside the pipeline."""
    return {str(path.relative_to(directory)): path.read_bytes() for path in directory.rglob("*") if path.is_file()}


def _write_files(directory: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
