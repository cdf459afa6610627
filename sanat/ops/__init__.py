"""Operations: deploy checks, partial-upload clean-up, backup/restore, audit-chain verification."""
