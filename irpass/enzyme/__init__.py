"""enzyme"""
