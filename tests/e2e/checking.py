"""The assertion the service's HTTP and browser checks share: each check
counted, the first that fails stops the script with what was expected."""
import sys

passed = 0


def check(condition, what):
    global passed
    passed += 1
    if not condition:
        print(f"FAIL: {what}", file=sys.stderr)
        sys.exit(1)
