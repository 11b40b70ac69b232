#!/usr/bin/python3
"""Runs wapiti with the arguments given, as the wapiti command does, after two repairs of
Debian's wapiti 3.0.4 (used by tests/security/scanners.mjs):

- it compiles each excluded address (-x) with its inline flags at the end of the pattern,
  which Python 3.11 refuses ("global flags not at the start"): any -x stopped the scan;
- it sends the text fields of a multipart form as file parts (each with a filename), which no
  browser does and pmi does not read as fields, so every multipart form it sent lacked its
  CSRF token, and its CSRF check took the refusal of both the right and a wrong token for a
  token that is not checked.
"""
import re
import sys

import requests

from wapitiCore.net import crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

_post = requests.Session.post


def post(self, url, data=None, json=None, **kwargs):
    # A (None, value) part is a plain field: no filename, as a browser sends it.
    if kwargs.get("files"):
        kwargs["files"] = [(name, (None, value)) if isinstance(value, str) else (name, value) for name, value in kwargs["files"]]
    return _post(self, url, data=data, json=json, **kwargs)


requests.Session.post = post

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402 (after the repairs)

sys.exit(wapiti_main())
