"""Non-editable installs (the pre-commit hook, pip install from git) get every module and template."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def test_every_package_and_template_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    code = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "generator").rglob("__init__.py")
    }
    templates = {
        ".".join(("generator", "templates", *folder.relative_to(ROOT / "templates").parts))
        for folder in {t.parent for t in (ROOT / "templates").rglob("*.j2")}
    }
    assert code | templates <= listed, "list new packages in [tool.setuptools] packages"
    assert config["package-dir"]["generator.templates"] == "templates"
    for package in templates:
        assert config["package-data"][package] == ["*.j2"], package
