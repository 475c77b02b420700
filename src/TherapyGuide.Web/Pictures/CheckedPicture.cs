namespace TherapyGuide.Web.Pictures;

/// <summary>A picture that passed <see cref="PictureCheck"/>: the bytes the site will serve (encoded again or cleaned) and its size.</summary>
public sealed record CheckedPicture(PictureFormat Format, byte[] Bytes, int Width, int Height);
