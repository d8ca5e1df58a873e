"""Reading a story file from disk into ChapterInputs: .txt, .md, .html and .epub."""

from __future__ import annotations

import pathlib
import posixpath
import re
import zipfile
import zlib
from urllib.parse import unquote
from xml.etree import ElementTree

from fanfold.analysis.model import ChapterInput, Format
from fanfold.analysis.text import prepare

_FORMATS: dict[str, Format] = {
    ".txt": "plain",
    ".text": "plain",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}
_CONTAINER_NS = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF_NS = "{http://www.idpf.org/2007/opf}"
_HTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/x-dtbook+xml"})
_NAV_NAME = re.compile(r"(?:^|[/_.-])(?:nav|toc|contents)(?:[_.-]|$)", re.IGNORECASE)
_HEADING = re.compile(r"<(h1|h2)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_HEAD_TITLE = re.compile(r"<(title)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body\b[^>]*>(.*)</body\s*>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"[^\W_]")
# A limit on what one EPUB may inflate to, against zip bombs.
_MAX_EPUB_TEXT = 200 * 1024 * 1024
# How much of a file is looked at to tell text from binary data.
_SNIFF = 8192


def read_path(path: pathlib.Path) -> list[ChapterInput]:
    suffix = path.suffix.lower()
    if suffix == ".epub":
        return _read_epub(path)
    fmt = _FORMATS.get(suffix)
    if fmt is None:
        known = ", ".join(sorted({*_FORMATS, ".epub"}))
        raise ValueError(
            f"{path.name}: unsupported file type {suffix or '(none)'}; use one of {known}"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:_SNIFF]:
        # No text encoding a story is saved in, short of UTF-16 with its byte-order mark,
        # has NUL bytes: a picture, an archive or a word processor's own format.
        raise ValueError(
            f"{path.name}: not a text file (it holds binary data); save the story as "
            "plain text, HTML, Markdown or EPUB"
        )
    return [ChapterInput(text=_decode(data), format=fmt, title="")]


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Older archives and Word exports: Windows-1252, which maps nearly every byte.
        return data.decode("cp1252", errors="replace")


def _read_epub(path: pathlib.Path) -> list[ChapterInput]:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise ValueError(f"{name}: no such file") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValueError(f"{name}: not a readable EPUB (it is not a valid ZIP archive)") from exc
    with archive:
        try:
            names = set(archive.namelist())
            if _drm_protected(archive, names):
                raise ValueError(f"{name}: this EPUB is DRM-protected; its text cannot be read")
            opf_path = _opf_path(archive, name)
            spine = _spine(archive, opf_path, name)
            chapters: list[ChapterInput] = []
            total = 0
            for item_path in spine:
                info = archive.getinfo(item_path)
                total += info.file_size
                if total > _MAX_EPUB_TEXT:
                    raise ValueError(f"{name}: the EPUB's text is too large to analyse")
                text = _decode(archive.read(item_path))
                body_match = _BODY.search(text)
                body = body_match.group(1) if body_match else text
                if not _has_words(body):
                    continue
                chapters.append(ChapterInput(text=body, format="html", title=_title(text)))
        except KeyError as exc:
            raise ValueError(f"{name}: broken EPUB, a listed file is missing ({exc})") from exc
        except (zipfile.BadZipFile, zlib.error, RuntimeError, EOFError, OSError) as exc:
            raise ValueError(f"{name}: broken EPUB, a file inside cannot be read ({exc})") from exc
    if not chapters:
        raise ValueError(f"{name}: the EPUB has no chapters with text")
    return chapters


_CIPHER_TEXT = re.compile(rb"CipherReference[^>]*URI=[\"'][^\"']*\.(?:x?html?|xml)[\"']", re.I)


def _drm_protected(archive: zipfile.ZipFile, names: set[str]) -> bool:
    # Font obfuscation also uses encryption.xml; DRM encrypts the text documents.
    if "META-INF/rights.xml" in names:
        return True
    if "META-INF/encryption.xml" not in names:
        return False
    return bool(_CIPHER_TEXT.search(archive.read("META-INF/encryption.xml")))


def _parse_xml(archive: zipfile.ZipFile, member: str, name: str) -> ElementTree.Element:
    try:
        data = archive.read(member)
    except KeyError as exc:
        raise ValueError(f"{name}: broken EPUB, {member} is missing") from exc
    if b"<!ENTITY" in data:
        raise ValueError(f"{name}: broken EPUB, {member} declares entities")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ValueError(f"{name}: broken EPUB, {member} is not well-formed XML ({exc})") from exc


def _opf_path(archive: zipfile.ZipFile, name: str) -> str:
    root = _parse_xml(archive, "META-INF/container.xml", name)
    for rootfile in root.iter(f"{_CONTAINER_NS}rootfile"):
        full = rootfile.get("full-path")
        if full:
            return full
    raise ValueError(f"{name}: broken EPUB, container.xml names no package document")


def _spine(archive: zipfile.ZipFile, opf_path: str, name: str) -> list[str]:
    root = _parse_xml(archive, opf_path, name)
    base = posixpath.dirname(opf_path)
    manifest: dict[str, tuple[str, str, str]] = {}
    for item in root.iter(f"{_OPF_NS}item"):
        ident, href = item.get("id"), item.get("href")
        if ident and href:
            full = posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))
            manifest[ident] = (full, item.get("media-type", ""), item.get("properties", ""))
    spine = root.find(f"{_OPF_NS}spine")
    if spine is None:
        raise ValueError(f"{name}: broken EPUB, the package document has no spine")
    toc_id = spine.get("toc", "")
    paths: list[str] = []
    for ref in spine.iter(f"{_OPF_NS}itemref"):
        ident = ref.get("idref", "")
        if ident not in manifest or ident == toc_id:
            continue
        full, media_type, properties = manifest[ident]
        if media_type and media_type not in _HTML_TYPES:
            continue
        if "nav" in properties.split() or _NAV_NAME.search(full):
            continue
        paths.append(full)
    return paths


def _has_words(body: str) -> bool:
    return bool(_WORD.search(prepare(body, "html").plain))


def _title(document: str) -> str:
    for pattern in (_HEADING, _HEAD_TITLE):
        for m in pattern.finditer(document):
            title = " ".join(prepare(m.group(2), "html").plain.split())
            if title:
                return title
    return ""
