// NewsGraphDOT
