def extract(view): return []
