"""Views: thin functions from a request to a store query to a response."""
