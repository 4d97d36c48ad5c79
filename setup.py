"""Bundle the shipped `data/` and `intents/` folders into the wheel as `careerbot/_shipped/`.

They live at the repository root so counsellors can edit them without touching Python; an installed
wheel has no repository, so the build copies them next to the code.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent


class BuildWithShippedData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "careerbot" / "_shipped"
        for name in ("data", "intents"):
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithShippedData})
