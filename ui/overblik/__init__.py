"""The »Overblik« tab: a period's figures as charts with their numbers beside them.

Imported only when the tab is first opened (ui/call/workspace.py), so neither this
package nor QtCharts is loaded at start.
"""

from ui.overblik.screen import OverblikScreen

__all__ = ["OverblikScreen"]
