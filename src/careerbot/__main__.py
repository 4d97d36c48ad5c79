from careerbot.cli import main

raise SystemExit(main())
