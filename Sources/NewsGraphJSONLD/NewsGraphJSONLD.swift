// NewsGraphJSONLD
