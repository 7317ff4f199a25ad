"""UI pieces of the Qawl dashboard: small functions that draw from given data or return
widget values. Figure factories (charts.py) return go.Figure and need no browser."""
