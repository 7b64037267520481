document.title += " ✓";
